// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dist.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.avpstudio.dist.tests.Processes.Result;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * What a user does with the downloaded command line: unpack {@code avp-VERSION.tar.gz} with tar into an empty folder
 * and run {@code bin/avp} on an example, with the JDK named by JAVA_HOME or only on the PATH. The first run writes
 * the JVM's class cache into the distribution's {@code cache/} folder, later runs use it; a read-only distribution
 * keeps it in the user's cache folder instead. The .zip holds the same files.
 */
public class CliArchiveTest {

	static final Path ROOT = Path.of(System.getProperty("avp.root", "../..")).toAbsolutePath().normalize();
	static final String VERSION = System.getProperty("avp.version", "0.1.0-SNAPSHOT");
	static final Path JAVA_HOME = Path.of(System.getProperty("avp.java.home", System.getProperty("java.home")));
	static final Path WORK = Path.of(System.getProperty("avp.work", "target/dist-test")).toAbsolutePath();
	static final Path ARCHIVES = ROOT.resolve("releng/org.avpstudio.cli.dist/target");
	static final Path TAR = ARCHIVES.resolve("avp-" + VERSION + ".tar.gz");
	static final Path ZIP = ARCHIVES.resolve("avp-" + VERSION + ".zip");

	private static Path home;

	@BeforeClass
	public static void unpack() throws Exception {
		assertTrue("the CLI archive was built: " + TAR, Files.isRegularFile(TAR));
		Processes.deleteTree(WORK);
		Path empty = Files.createDirectories(WORK.resolve("unpacked"));
		Result tar = Processes.run(empty, List.of("tar", "xzf", TAR.toString()), env -> {
		});
		assertEquals(tar.output(), 0, tar.exit());
		home = empty.resolve("avp-" + VERSION);
		assertTrue("one top folder avp-VERSION", Files.isDirectory(home));
	}

	private static Result avp(Path directory, Path javaHome, boolean onPathOnly, String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of(home.resolve("bin/avp").toString()));
		command.addAll(List.of(args));
		return Processes.run(directory, command, env -> {
			env.remove("JAVA_HOME");
			env.remove("AVP_JAVA_OPTS");
			env.remove("AVP_NO_CACHE");
			env.put("HOME", WORK.resolve("user-home").toString());
			env.remove("XDG_CACHE_HOME");
			if (onPathOnly) {
				env.put("PATH", javaHome.resolve("bin") + ":/usr/bin:/bin");
			} else {
				env.put("JAVA_HOME", javaHome.toString());
				env.put("PATH", "/usr/bin:/bin");
			}
		});
	}

	@Test
	public void unpackedArchiveValidatesAnExampleAndCachesClassesForTheNextRun() throws Exception {
		Path examples = home.resolve("examples");
		Result first = avp(examples, JAVA_HOME, false, "validate", "cockpit/cockpit.avp");
		assertEquals(first.output(), 0, first.exit());
		assertTrue(first.output(), first.output().contains("AVPS-2.0-VSOCK-3"));
		assertFalse("no JVM warnings: " + first.output(), first.output().contains("WARNING"));

		Result broken = avp(examples, JAVA_HOME, false, "validate", "noncompliant/cockpit-gaps.avp");
		assertEquals(broken.output(), 1, broken.exit());
		assertTrue(broken.output(), broken.output().contains("cockpit-gaps.avp:148:"));
		assertTrue(broken.output(), broken.output().contains("AVPS-2.0-VSOCK-2"));

		Set<String> cached = list(home.resolve("cache"));
		assertEquals("one class cache for this JDK after the first run: " + cached, 1, cached.size());
		String cache = cached.iterator().next();
		assertTrue(cache, Runtime.version().feature() >= 25 ? cache.endsWith(".aot") : cache.endsWith(".jsa"));
		Result again = avp(examples, JAVA_HOME, false, "validate", "cockpit/cockpit.avp");
		assertEquals(again.output(), 0, again.exit());
		assertEquals("the next run uses the cache it finds", cached, list(home.resolve("cache")));
	}

	@Test
	public void javaOnThePathOnlyAndADistributionThatCannotHoldTheCache() throws Exception {
		Path copy = WORK.resolve("installed/avp-" + VERSION);
		Files.createDirectories(copy.getParent());
		Result cp = Processes.run(WORK, List.of("cp", "-a", home.toString(), copy.toString()), env -> {
		});
		assertEquals(cp.output(), 0, cp.exit());
		Processes.deleteTree(copy.resolve("cache"));
		// a file where the cache folder would go: as for a read-only installation (which root could still write)
		Files.writeString(copy.resolve("cache"), "");
		Path link = WORK.resolve("links/avp");
		Files.createDirectories(link.getParent());
		Files.createSymbolicLink(link, copy.resolve("bin/avp")); // as users link it into ~/bin
		Result run = Processes.run(copy.resolve("examples"), List.of(link.toString(), "validate", "devbox/devbox.avp"), env -> {
			env.remove("JAVA_HOME");
			env.remove("XDG_CACHE_HOME");
			env.put("HOME", WORK.resolve("user-home-2").toString());
			env.put("PATH", JAVA_HOME.resolve("bin") + ":/usr/bin:/bin");
		});
		assertEquals(run.output(), 0, run.exit());
		assertEquals("one class cache in the user's cache folder", 1,
				list(WORK.resolve("user-home-2/.cache/avp/avp-" + VERSION)).size());
	}

	@Test
	public void noJavaIsAClearError() throws Exception {
		Result run = Processes.run(home, List.of(home.resolve("bin/avp").toString(), "--version"), env -> {
			env.remove("JAVA_HOME");
			env.put("PATH", "/nonexistent:/bin/../nonexistent");
		});
		// bash itself is found through the shebang's /usr/bin/env, which needs PATH: use an absolute bash
		if (run.exit() == 127) {
			run = Processes.run(home, List.of("/bin/bash", home.resolve("bin/avp").toString(), "--version"), env -> {
				env.remove("JAVA_HOME");
				env.put("PATH", "/nonexistent");
			});
		}
		assertEquals(run.output(), 2, run.exit());
		assertTrue(run.output(), run.output().contains("no Java found"));
	}

	@Test
	public void archiveLayoutAndTheZipHoldsTheSameFiles() throws Exception {
		assertTrue("launcher is executable",
				Files.getPosixFilePermissions(home.resolve("bin/avp")).contains(PosixFilePermission.OWNER_EXECUTE));
		for (String file : List.of("bin/avp", "bin/avp.cmd", "conf/jvm.options", "LICENSE", "THIRD-PARTY-NOTICES.txt",
				"README.txt", "examples/cockpit/cockpit.avp")) {
			assertTrue(file, Files.isRegularFile(home.resolve(file)));
		}
		assertTrue("Windows launcher has CRLF line ends",
				Files.readString(home.resolve("bin/avp.cmd"), StandardCharsets.US_ASCII).contains("\r\n"));
		assertFalse("Unix launcher has no CR", Files.readString(home.resolve("bin/avp")).contains("\r"));
		Set<String> tarFiles = new TreeSet<>();
		try (Stream<Path> walk = Files.walk(home)) {
			walk.filter(Files::isRegularFile).filter(p -> !home.relativize(p).startsWith("cache"))
					.forEach(p -> tarFiles.add("avp-" + VERSION + "/" + home.relativize(p).toString().replace('\\', '/')));
		}
		assertTrue("the zip was built: " + ZIP, Files.isRegularFile(ZIP));
		Set<String> zipFiles = new TreeSet<>();
		try (ZipFile zip = new ZipFile(ZIP.toFile())) {
			zip.stream().filter(e -> !e.isDirectory()).map(ZipEntry::getName).forEach(zipFiles::add);
		}
		assertEquals(tarFiles, zipFiles);
	}

	private static Set<String> list(Path folder) throws IOException {
		Set<String> names = new TreeSet<>();
		if (Files.isDirectory(folder)) {
			try (Stream<Path> files = Files.list(folder)) {
				files.filter(Files::isRegularFile).forEach(p -> names.add(p.getFileName().toString()));
			}
		}
		return names;
	}

}
