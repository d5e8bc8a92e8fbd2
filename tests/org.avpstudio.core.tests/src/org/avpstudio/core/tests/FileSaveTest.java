// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The one save routine: as an editor saves (mode kept, links followed, atomic, nothing written when unchanged). */
public class FileSaveTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void keepsTheModeOfAnExistingFile() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("model.avp");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-rw-r--"));
		assertEquals(FileSave.Outcome.WRITTEN, FileSave.save(file, "new"));
		assertEquals("new", Files.readString(file));
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
		assertEquals("nothing but the file in its folder", List.of(file), list(file.getParent()));
	}

	@Test
	public void aNewFileGetsTheModeTheUmaskGives() throws Exception {
		Path folder = tmp.newFolder("reports").toPath();
		Path reference = folder.resolve("created-by-the-jvm");
		try (OutputStream created = Files.newOutputStream(reference, StandardOpenOption.CREATE_NEW)) {
			// created as any program creates a file: 0666 less the umask
		}
		Path report = folder.resolve("sub/report.html");
		assertEquals(FileSave.Outcome.WRITTEN, FileSave.save(report, "<html/>"));
		assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
				PosixFilePermissions.toString(Files.getPosixFilePermissions(report)));
	}

	@Test
	public void followsASymlinkAndReplacesItsTarget() throws Exception {
		Path real = tmp.newFolder("real").toPath().resolve("platform.avp");
		Files.writeString(real, "old");
		Files.setPosixFilePermissions(real, PosixFilePermissions.fromString("rw-r-----"));
		Path linkFolder = tmp.newFolder("work").toPath();
		Path link = linkFolder.resolve("platform.avp");
		Files.createSymbolicLink(link, Path.of("../real/platform.avp"));
		Path chained = linkFolder.resolve("current.avp");
		Files.createSymbolicLink(chained, link.getFileName());
		assertEquals(FileSave.Outcome.WRITTEN, FileSave.save(chained, "new"));
		assertTrue("the links stay links", Files.isSymbolicLink(link) && Files.isSymbolicLink(chained));
		assertEquals("new", Files.readString(real));
		assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
		assertEquals("no temporary file left beside the target", List.of(real), list(real.getParent()));
	}

	@Test
	public void writesNothingWhenTheContentIsUnchanged() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("same.avp");
		Files.writeString(file, "platform p {}\n");
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(file, old);
		Object inode = Files.readAttributes(file, "unix:ino").get("ino");
		assertEquals(FileSave.Outcome.UNCHANGED, FileSave.save(file, "platform p {}\n"));
		assertEquals(old, Files.getLastModifiedTime(file));
		assertEquals("the same file, not a replacement", inode, Files.readAttributes(file, "unix:ino").get("ino"));
	}

	@Test
	public void refusesAReadOnlyFileEvenForRoot() throws Exception {
		Path file = tmp.getRoot().toPath().resolve("locked.avp");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--r--r--"));
		try {
			FileSave.save(file, "new");
			fail("saved over a read-only file");
		} catch (SaveException e) {
			assertTrue(e.getMessage(), e.getMessage().startsWith(file + ": the file is read-only"));
			assertTrue(e.getMessage(), e.getMessage().contains("chmod u+w"));
		}
		assertEquals("old", Files.readString(file));
		assertEquals(List.of(file), list(file.getParent()));
	}

	@Test
	public void refusesAFolderAndALinkLoop() throws Exception {
		Path folder = tmp.newFolder("out.html").toPath();
		try {
			FileSave.save(folder, "x");
			fail("saved over a folder");
		} catch (SaveException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("is a folder"));
		}
		Path a = tmp.getRoot().toPath().resolve("a.avp");
		Path b = tmp.getRoot().toPath().resolve("b.avp");
		Files.createSymbolicLink(a, b.getFileName());
		Files.createSymbolicLink(b, a.getFileName());
		try {
			FileSave.save(a, "x");
			fail("followed a link loop");
		} catch (SaveException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("symbolic links"));
		}
	}

	@Test
	public void aFolderThatCannotBeWrittenIsAClearErrorAndLeavesTheFile() throws Exception {
		Path folder = tmp.newFolder("ro").toPath();
		Path file = folder.resolve("model.avp");
		Files.writeString(file, "old");
		Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
		try {
			boolean root = "root".equals(System.getProperty("user.name"));
			try {
				FileSave.save(file, "new");
				assertTrue("only root may write into a read-only folder", root);
			} catch (SaveException e) {
				assertFalse(root);
				assertTrue(e.getMessage(), e.getMessage().contains("not writable"));
				assertEquals("old", Files.readString(file));
			}
		} finally {
			Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
		}
	}

	private static List<Path> list(Path folder) throws Exception {
		try (var files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
