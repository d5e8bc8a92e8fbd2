// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * {@code bin/benchmark pipeline [--quick] [LINES ...]}: runs {@link PipelineBenchmark} (JMH) and prints per size the
 * stage times and the ratios the targets are stated in. {@code bin/benchmark startup}: see {@link StartupBenchmark}.
 */
public final class BenchmarkMain {

	/** Targets: the .avp pipeline within 3x of the Jackson baseline at 100k lines, and within 12x from 10k to 100k. */
	static final double BASELINE_RATIO = 3.0;
	static final double GROWTH_RATIO = 12.0;

	/** The garbage collector options bin/avp runs the command line with; every benchmark fork uses them too. */
	static final List<String> GC_OPTIONS = List.of(PipelineBenchmark.COLLECTOR, PipelineBenchmark.YOUNG_SIZE,
			PipelineBenchmark.SURVIVOR_RATIO);

	private BenchmarkMain() {
	}

	public static void main(String[] args) throws Exception {
		List<String> rest = new ArrayList<>(Arrays.asList(args));
		String command = rest.isEmpty() ? "pipeline" : rest.remove(0);
		switch (command) {
		case "pipeline" -> pipeline(rest);
		case "startup" -> StartupBenchmark.run(rest, Path.of(System.getProperty("avp.root", ".")));
		case "batch" -> BatchBenchmark.run(rest, Path.of(System.getProperty("avp.root", ".")));
		case "import" -> importDomains(rest);
		default -> {
			System.err.println("usage: bin/benchmark pipeline [--quick] [--only REGEX] [LINES ...] | import [--quick] [DOMAINS ...] | startup [RUNS] | batch [MODELS] [RUNS] | fuzz [SECONDS] [TARGET ...]");
			System.exit(2);
		}
		}
	}

	/** Target: importing N libvirt domains in one call takes at most this many times the JDK DOM parser reading them. */
	static final double IMPORT_RATIO = 3.0;

	private static void importDomains(List<String> args) throws Exception {
		boolean quick = args.remove("--quick");
		String[] counts = args.isEmpty() ? new String[] { "1000" } : args.toArray(String[]::new);
		ChainedOptionsBuilder options = new OptionsBuilder().include(ImportBenchmark.class.getName() + "\\.").param("domains", counts);
		if (quick) {
			options.warmupIterations(2).warmupTime(TimeValue.seconds(1)).measurementIterations(3).measurementTime(TimeValue.seconds(1));
		}
		Map<String, Map<String, Double>> byCount = new LinkedHashMap<>();
		for (RunResult r : new Runner(options.build()).run()) {
			String name = r.getParams().getBenchmark();
			byCount.computeIfAbsent(r.getParams().getParam("domains"), k -> new LinkedHashMap<>()).put(name.substring(name.lastIndexOf('.') + 1),
					r.getPrimaryResult().getScore());
		}
		System.out.println();
		System.out.println("libvirt import, ms per call (JMH average, JVM " + String.join(" ", GC_OPTIONS) + ")");
		System.out.printf("%8s %14s %18s %10s %14s %20s%n", "domains", "import call", "+ write .avp text", "JDK DOM", "import / DOM",
				"import+write / DOM");
		for (var e : byCount.entrySet()) {
			Map<String, Double> m = e.getValue();
			double ratio = m.get("importDomains") / m.get("domParse");
			System.out.printf("%8s %14.1f %18.1f %10.1f %13.1fx %19.1fx%n", e.getKey(), m.get("importDomains"), m.get("importAndWrite"),
					m.get("domParse"), ratio, m.get("importAndWrite") / m.get("domParse"));
			System.out.printf("import of %s domains in one call vs the JDK DOM parser: %.1fx (target <= %.0fx: %s)%n", e.getKey(), ratio, IMPORT_RATIO,
					ratio <= IMPORT_RATIO ? "met" : "NOT met");
		}
	}

	private static void pipeline(List<String> args) throws Exception {
		boolean quick = args.remove("--quick");
		String only = ".*";
		int at = args.indexOf("--only");
		if (at >= 0 && at + 1 < args.size()) {
			only = args.remove(at + 1);
			args.remove(at);
		}
		List<String> jvm = new ArrayList<>(List.of("-Xmx512m", "-Xms512m"));
		jvm.addAll(GC_OPTIONS);
		int j = args.indexOf("--jvm");
		if (j >= 0 && j + 1 < args.size()) {
			jvm.addAll(Arrays.asList(args.remove(j + 1).split(" ")));
			args.remove(j);
		}
		String[] sizes = args.isEmpty() ? new String[] { "1000", "10000", "100000" } : args.toArray(String[]::new);
		ChainedOptionsBuilder options = new OptionsBuilder().jvmArgsAppend(jvm.toArray(String[]::new)).include(PipelineBenchmark.class.getName() + "\\.(" + only + ")$")
				.param("lines", sizes);
		if (quick) {
			options.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2).measurementTime(TimeValue.seconds(1));
		}
		Collection<RunResult> results = new Runner(options.build()).run();
		Map<String, Map<String, Double>> bySize = new LinkedHashMap<>();
		for (String size : sizes) {
			bySize.put(size, new LinkedHashMap<>());
		}
		for (RunResult r : results) {
			String name = r.getParams().getBenchmark();
			bySize.get(r.getParams().getParam("lines")).put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
		}
		System.out.println();
		System.out.println("AVP Studio pipeline, ms per operation (JMH average, JVM " + String.join(" ", jvm) + ")");
		System.out.printf("%8s %12s %14s %12s %12s %14s %12s %16s%n", "lines", "parse+link", "+validate", "validate", "generate", "Jackson model",
				"Jackson tree", "pipeline/Jackson");
		for (var e : bySize.entrySet()) {
			Map<String, Double> m = e.getValue();
			System.out.printf("%8s %12.2f %14.2f %12.2f %12.2f %14.2f %12.2f %15.1fx%n", e.getKey(), m.getOrDefault("parseAndLink", Double.NaN),
					m.getOrDefault("parseLinkValidate", Double.NaN), m.getOrDefault("validateOnly", Double.NaN), m.getOrDefault("generateAll", Double.NaN),
					m.getOrDefault("jacksonBaseline", Double.NaN), m.getOrDefault("jacksonTree", Double.NaN),
					m.getOrDefault("parseLinkValidate", Double.NaN) / m.getOrDefault("jacksonBaseline", Double.NaN));
		}
		Map<String, Double> m10k = bySize.get("10000");
		Map<String, Double> m100k = bySize.get("100000");
		if (m10k != null && m100k != null && m10k.containsKey("parseLinkValidate") && m100k.containsKey("parseLinkValidate")
				&& m100k.containsKey("jacksonBaseline")) {
			double growth = m100k.get("parseLinkValidate") / m10k.get("parseLinkValidate");
			double baseline = m100k.get("parseLinkValidate") / m100k.get("jacksonBaseline");
			System.out.printf("growth 10k -> 100k lines: %.1fx (target <= %.0fx: %s)%n", growth, GROWTH_RATIO, growth <= GROWTH_RATIO ? "met" : "NOT met");
			System.out.printf("pipeline vs Jackson reading the same model at 100k lines: %.1fx (target <= %.0fx: %s)%n", baseline, BASELINE_RATIO,
					baseline <= BASELINE_RATIO ? "met" : "NOT met");
		}
	}
}
