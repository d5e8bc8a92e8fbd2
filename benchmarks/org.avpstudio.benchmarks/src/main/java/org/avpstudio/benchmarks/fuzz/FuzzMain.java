// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.importer.Importer;
import org.avpstudio.importer.Importers;

/**
 * Runs Jazzer on every target, one after the other, each for the given seconds. New crash inputs land in
 * {@code <fuzz dir>/crashes/<target>/}: keep them there, they become regression tests ({@code FuzzRegressionTest}).
 * Usage: {@code FuzzMain FUZZ_DIR SECONDS [TARGET-NAME ...]}.
 */
public final class FuzzMain {

	/**
	 * One fuzz target: its name (the crash folder's), its class, the argument Jazzer passes to its
	 * {@code fuzzerInitialize}, and the folder its seeds come from: the example models for the .avp targets, the kept
	 * corpus {@code <fuzz dir>/import/<format>/} for an importer.
	 */
	public record Target(String name, Class<?> type, String argument, Path seeds) {

		/** The kept corpus of an importer's target: inputs in its format, replayed by the regression test. */
		public static Path keptCorpus(Path fuzzDir, String format) {
			return fuzzDir.resolve("import").resolve(format);
		}
	}

	/** Sanitizer hooks on JDK classes (none of them guards what the targets do: no regex from input, no processes). */
	private static final List<String> DISABLED_HOOKS = List.of("com.code_intelligence.jazzer.sanitizers.RegexRoadblocks",
			"com.code_intelligence.jazzer.sanitizers.RegexInjection", "com.code_intelligence.jazzer.sanitizers.OsCommandInjection");

	/** Classes no hook is put into (see {@link #start}). */
	private static final List<String> HOOK_EXCLUDES = List.of("com.google.inject.**", "org.w3c.**", "org.xml.**", "javax.xml.**",
			"com.sun.org.apache.**", "jdk.xml.**");

	private FuzzMain() {
	}

	/** The .avp targets, then one target per importer ({@code import-<format>}). */
	public static List<Target> targets(Path fuzzDir, Path examples) {
		List<Target> targets = new ArrayList<>(List.of(new Target(ParserFuzzTarget.class.getSimpleName(), ParserFuzzTarget.class, null, examples),
				new Target(CliFuzzTarget.class.getSimpleName(), CliFuzzTarget.class, null, examples)));
		for (Importer importer : Importers.all()) {
			targets.add(new Target("import-" + importer.id(), ImportFuzzTarget.class, importer.id(), Target.keptCorpus(fuzzDir, importer.id())));
		}
		return targets;
	}

	public static void main(String[] args) throws Exception {
		Path fuzzDir = Path.of(args[0]).toAbsolutePath();
		int seconds = Integer.parseInt(args[1]);
		List<String> only = List.of(args).subList(2, args.length);
		int failures = 0;
		for (Target target : targets(fuzzDir, Path.of(System.getProperty("avp.examples", "examples")))) {
			if (!only.isEmpty() && !only.contains(target.name())) {
				continue;
			}
			Process p = start(target, fuzzDir, seconds, System.getProperty("java.class.path")).inheritIO().start();
			int exit = p.waitFor();
			System.out.println(target.name() + ": Jazzer exit " + exit + (exit == 0 ? " (no finding)" : " (finding saved, see above)"));
			failures += exit == 0 ? 0 : 1;
		}
		System.exit(failures == 0 ? 0 : 1);
	}

	/** The Jazzer command for one target: a fresh JVM on this class path, seeded from its seed folder, a working corpus in a temporary folder. */
	public static ProcessBuilder start(Target target, Path fuzzDir, int seconds, String classPath) throws Exception {
		Path crashes = fuzzDir.resolve("crashes").resolve(target.name());
		Path corpus = Files.createTempDirectory("avp-corpus-" + target.name());
		Files.createDirectories(crashes);
		try (Stream<Path> seeds = Files.walk(target.seeds())) {
			for (Path seed : seeds.filter(Files::isRegularFile).filter(p -> target.argument() != null || p.toString().endsWith(".avp")).toList()) {
				Files.copy(seed, corpus.resolve(seed.getParent().getFileName() + "-" + seed.getFileName()));
			}
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classPath,
				"com.code_intelligence.jazzer.Jazzer", "--target_class=" + target.type().getName(), "--instrumentation_includes=org.avpstudio.**",
				// Jazzer 0.24's class reader stops at Java 24 class files: its hooks on the JDK's regex and process
				// classes, on the JDK 25 proxies Guice makes and on the JDK's XML classes (loaded when an importer first
				// parses XML) would each print a trace
				"--disabled_hooks=" + String.join(":", DISABLED_HOOKS), "--custom_hook_excludes=" + String.join(":", HOOK_EXCLUDES),
				"--keep_going=1", "-max_total_time=" + seconds, "-timeout=20", "-rss_limit_mb=4096",
				// Jazzer's Java reproducers go to a temporary folder, not into the working directory (the crash input is kept)
				"--reproducer_path=" + Files.createTempDirectory("avp-reproducers-" + target.name()), "-artifact_prefix=" + crashes + "/"));
		if (target.argument() != null) {
			command.add("--target_args=" + target.argument());
		}
		command.add(corpus.toString());
		return new ProcessBuilder(command);
	}
}
