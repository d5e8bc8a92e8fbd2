// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.Targets;
import org.avpstudio.validation.PlatformScope;
import org.junit.Test;

/**
 * Every generator's output for every example equals the golden file in {@code goldens/<example>/}. After a
 * deliberate change, refresh them with
 * {@code ./mvnw -B verify -pl tests/org.avpstudio.generator.tests -am -Davp.updateGoldens=true}, review the diff
 * and commit it. Shell scripts are also checked with {@code sh -n}, the shell's own parser.
 */
public class GoldenFilesTest {

	private static final List<String> EXAMPLES = List.of("cockpit/cockpit.avp", "devbox/devbox.avp");

	@Test
	public void generatedFilesEqualTheGoldens() throws Exception {
		Path goldens = Path.of(System.getProperty("avp.goldens", "goldens"));
		boolean update = Boolean.getBoolean("avp.updateGoldens");
		List<String> differences = new ArrayList<>();
		for (String example : EXAMPLES) {
			PlatformScope platform = Generation.load(Generation.example(example));
			String stem = Path.of(example).getFileName().toString().replace(".avp", "");
			for (Target target : Targets.all()) {
				for (GeneratedFile file : target.generate(platform, new GenerationContext(Path.of(example).getFileName().toString()))) {
					Path golden = goldens.resolve(stem).resolve(file.relativePath());
					if (update) {
						Files.createDirectories(golden.getParent());
						Files.writeString(golden, file.content());
					} else if (!Files.exists(golden) || !Files.readString(golden).equals(file.content())) {
						differences.add(golden.toString());
					}
				}
			}
		}
		assertEquals("generated output differs from the goldens (see the class comment to refresh them)", List.of(), differences);
	}

	@Test
	public void everyGeneratedScriptIsValidShell() throws Exception {
		Path goldens = Path.of(System.getProperty("avp.goldens", "goldens"));
		List<Path> scripts;
		try (Stream<Path> files = Files.walk(goldens)) {
			scripts = files.filter(p -> p.toString().endsWith(".sh")).toList();
		}
		assertTrue("scripts exist", scripts.size() > 5);
		for (Path script : scripts) {
			Generation.Run check = Generation.run(List.of("sh", "-n", script.toString()), 10);
			assertEquals(script + ": " + check.err(), 0, check.exit());
		}
	}
}
