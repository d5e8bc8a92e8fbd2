package org.avpstudio.benchmarks;

import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.benchmarks.fuzz.CliFuzzTarget;
import org.avpstudio.benchmarks.fuzz.ParserFuzzTarget;
import org.junit.Test;

/**
 * Every input Jazzer ever found a problem with (src/test/resources/fuzz/crashes/&lt;target&gt;/) and the hand-written
 * hostile inputs (fuzz/regressions/) go through both fuzz targets again: none may throw.
 */
public class FuzzRegressionTest {

	private static List<Path> inputs() throws Exception {
		Path fuzz = Path.of("src/test/resources/fuzz");
		List<Path> inputs = new ArrayList<>();
		try (Stream<Path> all = Files.walk(fuzz)) {
			all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(inputs::add);
		}
		return inputs;
	}

	@Test
	public void everyKeptInputIsHandledByTheParserAndValidator() throws Exception {
		List<Path> inputs = inputs();
		assertFalse(inputs.isEmpty());
		for (Path input : inputs) {
			try {
				ParserFuzzTarget.fuzzerTestOneInput(Files.readAllBytes(input));
			} catch (Exception | StackOverflowError e) {
				throw new AssertionError(input + ": " + e, e);
			}
		}
	}

	@Test
	public void everyKeptInputIsHandledByTheCommandLine() throws Exception {
		for (Path input : inputs()) {
			try {
				CliFuzzTarget.fuzzerTestOneInput(Files.readAllBytes(input));
			} catch (Exception | StackOverflowError e) {
				throw new AssertionError(input + ": " + e, e);
			}
		}
	}
}
