// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.avpstudio.core.io.OutputDirectory;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.GeneratedFile;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Generated files: inside the output directory only, saved with the one save routine, all or nothing refused. */
public class OutputDirectoryTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void outputStaysInsideTheOutputDirectory() throws Exception {
		Path out = tmp.newFolder("out").toPath();
		try {
			new OutputDirectory(out).write(List.of(new GeneratedFile("../escape.txt", "x")));
			fail("wrote outside the output directory");
		} catch (SaveException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("outside the output directory"));
		}
		assertFalse(Files.exists(out.resolveSibling("escape.txt")));
		try (var left = Files.list(out)) {
			assertEquals("no staging folder or partial file left", 0, left.count());
		}
	}

	@Test
	public void unchangedFilesAreNotWrittenAndModesAreKept() throws Exception {
		Path out = tmp.newFolder("gen").toPath();
		OutputDirectory directory = new OutputDirectory(out);
		OutputDirectory.Written first = directory.write(List.of(new GeneratedFile("vm/run.sh", "#!/bin/sh\n"), new GeneratedFile("vm/a.xml", "<a/>")));
		assertEquals(2, first.changed().size());
		Path script = out.resolve("vm/run.sh");
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwxr-xr-x"));
		OutputDirectory.Written second = directory.write(List.of(new GeneratedFile("vm/run.sh", "#!/bin/sh\necho\n"), new GeneratedFile("vm/a.xml", "<a/>")));
		assertEquals(List.of(script), second.changed());
		assertEquals(List.of(out.resolve("vm/a.xml")), second.unchanged());
		assertEquals("rwxr-xr-x", PosixFilePermissions.toString(Files.getPosixFilePermissions(script)));
	}

	@Test
	public void aGeneratedFileThatIsALinkIsReplacedAtItsTargetAndNewFilesGetTheUmasksMode() throws Exception {
		Path out = tmp.newFolder("linked").toPath();
		Path kept = tmp.newFolder("kept").toPath().resolve("vm.xml");
		Files.writeString(kept, "<old/>");
		Files.createDirectories(out.resolve("libvirt"));
		Path link = Files.createSymbolicLink(out.resolve("libvirt/vm.xml"), kept);
		Path reference = Files.createFile(out.resolve("reference"));
		new OutputDirectory(out).write(List.of(new GeneratedFile("libvirt/vm.xml", "<new/>"), new GeneratedFile("qemu/vm.args", "-m\n64\n")));
		assertTrue("the link stays a link", Files.isSymbolicLink(link));
		assertEquals("<new/>", Files.readString(kept));
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("qemu/vm.args"))));
	}

	@Test
	public void aReadOnlyOutputIsRefusedBeforeAnythingIsWritten() throws Exception {
		Path out = tmp.newFolder("locked").toPath();
		Files.writeString(out.resolve("a.cfg"), "old a");
		Files.writeString(out.resolve("b.cfg"), "old b");
		Files.setPosixFilePermissions(out.resolve("b.cfg"), PosixFilePermissions.fromString("r--r--r--"));
		try {
			new OutputDirectory(out).write(List.of(new GeneratedFile("a.cfg", "new a"), new GeneratedFile("b.cfg", "new b")));
			fail("wrote over a read-only file");
		} catch (SaveException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("b.cfg: the file is read-only"));
		}
		assertEquals("nothing written when one target is refused", "old a", Files.readString(out.resolve("a.cfg")));
	}
}
