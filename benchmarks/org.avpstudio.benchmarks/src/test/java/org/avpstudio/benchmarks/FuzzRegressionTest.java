// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import static org.junit.Assert.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.benchmarks.fuzz.CliFuzzTarget;
import org.avpstudio.benchmarks.fuzz.FuzzMain;
import org.avpstudio.benchmarks.fuzz.ImportFuzzTarget;
import org.avpstudio.benchmarks.fuzz.ParserFuzzTarget;
import org.avpstudio.importer.Importer;
import org.avpstudio.importer.Importers;
import org.junit.Test;

/**
 * Every input Jazzer ever found a problem with (src/test/resources/fuzz/crashes/&lt;target&gt;/) and the hand-written
 * hostile inputs (fuzz/regressions/) go through both .avp fuzz targets again, and each importer's kept corpus
 * (fuzz/import/&lt;format&gt;/) and crashes (fuzz/crashes/import-&lt;format&gt;/) through its import target: none may fail.
 */
public class FuzzRegressionTest {

	private static final Path FUZZ = Path.of("src/test/resources/fuzz");

	private static List<Path> inputs() throws Exception {
		return files(FUZZ).stream().filter(p -> !p.startsWith(FUZZ.resolve("import")) && !p.getParent().getFileName().toString().startsWith("import-"))
				.toList();
	}

	private static List<Path> files(Path folder) throws Exception {
		List<Path> inputs = new ArrayList<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> all = Files.walk(folder)) {
				all.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md")).sorted().forEach(inputs::add);
			}
		}
		return inputs;
	}

	@Test
	public void everyImporterHasAKeptCorpusAndEachKeptInputIsJudgedRight() throws Exception {
		for (Importer importer : Importers.all()) {
			List<Path> kept = files(FuzzMain.Target.keptCorpus(FUZZ, importer.id()));
			assertFalse("no kept fuzz corpus for the " + importer.id() + " importer in " + FuzzMain.Target.keptCorpus(FUZZ, importer.id()), kept.isEmpty());
			List<Path> inputs = new ArrayList<>(kept);
			inputs.addAll(files(FUZZ.resolve("crashes").resolve("import-" + importer.id())));
			for (Path input : inputs) {
				try {
					ImportFuzzTarget.check(importer.id(), Files.readAllBytes(input));
				} catch (Exception | StackOverflowError e) {
					throw new AssertionError(importer.id() + " importer, " + input + ": " + e, e);
				}
			}
		}
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
