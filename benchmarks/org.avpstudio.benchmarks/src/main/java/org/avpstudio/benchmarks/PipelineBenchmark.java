package org.avpstudio.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;

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
 * Per model size: the .avp pipeline stage by stage, and the same model read as JSON with Jackson (the baseline).
 * Every fork runs with a 512 MiB heap: the 100k-line model must validate within it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-Xms512m" })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class PipelineBenchmark {

	@Param({ "1000", "10000", "100000" })
	public int lines;

	private String avp;
	private String json;
	private XtextResource parsed;
	private final ObjectMapper mapper = new ObjectMapper();

	@Setup(Level.Trial)
	public void prepare() throws Exception {
		SyntheticPlatform platform = SyntheticPlatform.ofLines(lines);
		avp = platform.avp();
		json = platform.json();
		parsed = Pipeline.parseAndLink(avp);
		List<Issue> issues = Pipeline.validate(parsed);
		if (issues.stream().anyMatch(i -> i.getSeverity() == org.eclipse.xtext.diagnostics.Severity.ERROR)) {
			throw new IllegalStateException("the synthetic model must be valid: " + issues);
		}
	}

	@Benchmark
	public XtextResource parseAndLink() throws Exception {
		return Pipeline.parseAndLink(avp);
	}

	@Benchmark
	public List<Issue> parseLinkValidate() throws Exception {
		return Pipeline.validate(Pipeline.parseAndLink(avp));
	}

	@Benchmark
	public List<Issue> validateOnly() {
		return Pipeline.validate(parsed);
	}

	@Benchmark
	public int generateAll() {
		return Pipeline.generateAll(parsed);
	}

	@Benchmark
	public JsonNode jacksonBaseline() throws Exception {
		return mapper.readTree(json);
	}
}
