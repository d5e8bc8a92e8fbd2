// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * Every example in examples/ with an {@code .expected} file beside it parses, links, and has exactly the findings
 * listed there (one "LINE SEVERITY RULE-ID" per line). Update an expected file on purpose with
 * {@code bin/avp validate FILE} after a deliberate change.
 */
public class ExamplesTest {

	@Test
	public void everyExampleHasExactlyItsExpectedFindings() throws IOException {
		List<Path> expectedFiles;
		try (Stream<Path> files = Files.walk(AvpModels.examples())) {
			expectedFiles = files.filter(p -> p.toString().endsWith(".expected")).sorted().toList();
		}
		assertFalse("examples with expected findings exist", expectedFiles.isEmpty());
		for (Path expectedFile : expectedFiles) {
			Path model = Path.of(expectedFile.toString().replaceFirst("\\.expected$", ".avp"));
			List<String> expected = Files.readAllLines(expectedFile).stream().map(String::strip)
					.filter(l -> !l.isEmpty() && !l.startsWith("#")).sorted().toList();
			List<String> actual = AvpModels.summary(AvpModels.validate(AvpModels.load(model)));
			assertEquals("findings of " + model, expected, actual);
		}
	}

	@Test
	public void everyExampleModelHasAnExpectedFile() throws IOException {
		try (Stream<Path> files = Files.walk(AvpModels.examples())) {
			for (Path model : files.filter(p -> p.toString().endsWith(".avp")).toList()) {
				Path expected = Path.of(model.toString().replaceFirst("\\.avp$", ".expected"));
				assertEquals(model + " needs " + expected.getFileName(), true, Files.exists(expected));
			}
		}
	}
}
