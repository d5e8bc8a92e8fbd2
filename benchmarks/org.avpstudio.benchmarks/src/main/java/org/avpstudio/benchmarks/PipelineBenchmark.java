// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Per model size: the .avp pipeline stage by stage, and the same EMF model read as JSON with Jackson (the baseline;
 * Jackson's bare tree parse of an equivalent JSON document is reported as a lower bound).
 * Every fork runs with a 512 MiB heap (the 100k-line model must validate within it) and the garbage collector
 * options of bin/avp ({@link #COLLECTOR}, {@link #YOUNG_SIZE}, {@link #SURVIVOR_RATIO}; {@code JvmOptionsTest} checks
 * that {@code releng/org.avpstudio.cli.dist/jvm.options} has them).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-Xms512m", PipelineBenchmark.COLLECTOR, PipelineBenchmark.YOUNG_SIZE,
		PipelineBenchmark.SURVIVOR_RATIO })
@Warmup(iterations = 5, time = 3)
@Measurement(iterations = 5, time = 3)
public class PipelineBenchmark {

	/**
	 * The throughput collector with a large young generation: 288 MiB eden, two 48 MiB survivor spaces, the rest
	 * (128 MiB of the 512) old. A large model is mostly made and dropped between two young collections, and each
	 * collection copies the half-built model that is alive at that moment: the fewer collections, the less copying
	 * (with half as much eden the 100k-line pipeline spent about a fifth of its time collecting). The model of 100k
	 * lines keeps about 35 MiB, which fits a survivor space.
	 */
	static final String COLLECTOR = "-XX:+UseParallelGC";
	static final String YOUNG_SIZE = "-Xmn384m";
	static final String SURVIVOR_RATIO = "-XX:SurvivorRatio=6";

	/** The model as text and as JSON. */
	@State(Scope.Benchmark)
	public static class Model {
		@Param({ "1000", "10000", "100000" })
		public int lines;

		String avp;
		String json;
		String emfJson;
		final ObjectMapper mapper = new ObjectMapper();

		@Setup(Level.Trial)
		public void prepare() throws Exception {
			SyntheticPlatform platform = SyntheticPlatform.ofLines(lines);
			avp = platform.avp();
			json = platform.json();
			emfJson = JsonModel.write(Pipeline.parseAndLink(avp).getContents().get(0));
		}
	}

	/**
	 * The model parsed once, for the stages measured on their own. Only those benchmarks hold it, so the
	 * parse benchmarks run with the heap a real run would have.
	 */
	@State(Scope.Benchmark)
	public static class Parsed {
		XtextResource resource;

		@Setup(Level.Trial)
		public void prepare(Model model) throws Exception {
			resource = Pipeline.parseAndLink(model.avp);
			List<Issue> issues = Pipeline.validate(resource);
			if (issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
				throw new IllegalStateException("the synthetic model must be valid: " + issues);
			}
		}
	}

	@Benchmark
	public XtextResource parseAndLink(Model model) throws Exception {
		return Pipeline.parseAndLink(model.avp);
	}

	@Benchmark
	public List<Issue> parseLinkValidate(Model model) throws Exception {
		return Pipeline.validate(Pipeline.parseAndLink(model.avp));
	}

	@Benchmark
	public List<Issue> validateOnly(Parsed parsed) {
		return Pipeline.validate(parsed.resource);
	}

	@Benchmark
	public int generateAll(Parsed parsed) {
		return Pipeline.generateAll(parsed.resource);
	}

	/** Baseline: the same EMF model read from JSON by Jackson (emfjson-jackson), references resolved. */
	@Benchmark
	public Resource jacksonBaseline(Model model) throws Exception {
		return JsonModel.read(model.emfJson);
	}

	/** Lower bound: Jackson only tokenising the JSON twin into a tree, no model built. */
	@Benchmark
	public JsonNode jacksonTree(Model model) throws Exception {
		return model.mapper.readTree(model.json);
	}
}
