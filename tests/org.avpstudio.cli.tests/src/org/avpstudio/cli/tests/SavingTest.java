// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.Test;

/**
 * What the command line writes into a user's files is saved as an editor saves it: --fix keeps the model's mode
 * and fixes the file a symlink points to; reports and diagrams get the umask's mode, not 600; a read-only model is
 * refused and stays as it was. Every command that checks a model takes --profile and --catalog.
 */
public class SavingTest extends CommandLineFixture {

	@Test
	public void fixKeepsTheModelsMode() throws Exception {
		Path model = gapsIn(tmp.getRoot().toPath().resolve("shared"));
		Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("rw-rw-r--"));
		assertEquals(0, avp("validate", "--fix", model.toString()));
		assertTrue(Files.readString(model).contains("\t\trng rng0\n"));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(model)));
	}

	@Test
	public void fixFollowsASymlinkAndFixesTheRealFile() throws Exception {
		Path real = gapsIn(tmp.getRoot().toPath().resolve("repo"));
		Path work = tmp.newFolder("work").toPath();
		Files.createSymbolicLink(work.resolve("soc.avp"), real.resolveSibling("soc.avp"));
		Path link = Files.createSymbolicLink(work.resolve("cockpit-gaps.avp"), real);
		assertEquals(0, avp("validate", "--fix", link.toString()));
		assertTrue("still a link", Files.isSymbolicLink(link));
		assertTrue("the real file is fixed", Files.readString(real).contains("\t\trng rng0\n"));
	}

	@Test
	public void aReadOnlyModelIsRefusedAndUnchanged() throws Exception {
		Path model = gapsIn(tmp.getRoot().toPath().resolve("locked"));
		String before = Files.readString(model);
		Files.setPosixFilePermissions(model, PosixFilePermissions.fromString("r--r--r--"));
		assertEquals(2, avp("validate", "--fix", model.toString()));
		assertTrue(err, err.contains("cockpit-gaps.avp: the file is read-only"));
		assertEquals(before, Files.readString(model));
	}

	@Test
	public void reportsAndDiagramsGetTheUmasksModeAndAreNotRewrittenWhenUnchanged() throws Exception {
		Path folder = tmp.newFolder("out").toPath();
		Path reference = folder.resolve("reference");
		try (OutputStream created = Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW)) {
			// any new file: 0666 less the umask
		}
		String umaskMode = PosixFilePermissions.toString(Files.getPosixFilePermissions(reference));
		Path report = folder.resolve("cockpit.sarif");
		Path svg = folder.resolve("cockpit.svg");
		assertEquals(0, avp("report", example("cockpit/cockpit.avp").toString(), "--format", "sarif", "--out", report.toString()));
		assertEquals(0, avp("diagram", example("cockpit/cockpit.avp").toString(), "--out", svg.toString()));
		assertEquals(umaskMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
		assertEquals(umaskMode, PosixFilePermissions.toString(Files.getPosixFilePermissions(svg)));
		Files.setLastModifiedTime(svg, java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
		assertEquals(0, avp("diagram", example("cockpit/cockpit.avp").toString(), "--out", svg.toString()));
		assertEquals("the same diagram is not written again", 1_000_000_000_000L, Files.getLastModifiedTime(svg).toMillis());
	}

	@Test
	public void everyCommandThatChecksAModelTakesProfileAndCatalog() throws Exception {
		Path catalog = tmp.newFile("missing-columns.csv").toPath();
		Files.writeString(catalog, "this is not a catalog\n");
		Path folder = tmp.newFolder("generated").toPath();
		String model = example("devbox/devbox.avp").toString();
		String[][] commands = { { "validate", model }, { "generate", model, "--target", "qemu", "--out", folder.toString() },
				{ "report", model, "--format", "md", "--out", folder.resolve("r.md").toString() },
				{ "diagram", model, "--out", folder.resolve("d.svg").toString() } };
		for (String[] command : commands) {
			String[] strict = concat(command, "--profile", "avps-2.0-strict");
			int exit = avp(strict);
			assertTrue(String.join(" ", strict) + ": " + err, command[0].equals("validate") ? exit != 2 : exit == 0);
			assertEquals(2, avp(concat(command, "--profile", "nonsense")));
			assertTrue(command[0] + ": " + err, err.contains("nonsense: no such profile"));
			assertEquals(2, avp(concat(command, "--catalog", catalog.toString())));
			assertTrue(command[0] + ": " + err, err.contains("missing-columns.csv"));
		}
	}

	private Path gapsIn(Path folder) throws Exception {
		Files.createDirectories(folder);
		Files.copy(example("noncompliant/soc.avp"), folder.resolve("soc.avp"));
		return Files.copy(example("noncompliant/cockpit-gaps.avp"), folder.resolve("cockpit-gaps.avp"));
	}

	private static String[] concat(String[] first, String... more) {
		String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
		System.arraycopy(more, 0, all, first.length, more.length);
		return all;
	}
}
