// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.install.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Does what a user's "Install New Software..." does: the p2 director of a plain Eclipse platform installs the
 * AVP Studio feature from the built update site; then the installed IDE is started (under the build's Xvfb
 * display) and reports from inside whether every AVP Studio bundle resolved and started.
 */
public class UpdateSiteInstallTest {

	private static final Path ROOT = Path.of(System.getProperty("avp.root", "../.."));
	private static final Path WORK = Path.of(System.getProperty("avp.work", "target/install-test"));
	private static final String JAVA = System.getProperty("avp.java", "java");
	private static final Path REPOSITORY = ROOT.resolve("update-site/target/repository");
	private static final Path PLATFORM = ROOT
			.resolve("releng/org.avpstudio.ide/target/products/org.avpstudio.eclipse.platform/linux/gtk/x86_64/eclipse");

	private static Path eclipse;
	private static String directorOutput;

	@BeforeClass
	public static void installFromUpdateSite() throws Exception {
		assertTrue("update site was built: " + REPOSITORY, Files.isRegularFile(REPOSITORY.resolve("content.jar")));
		assertTrue("plain Eclipse platform was built: " + PLATFORM, Files.isDirectory(PLATFORM.resolve("plugins")));
		deleteTree(WORK);
		eclipse = WORK.resolve("eclipse");
		copyTree(PLATFORM, eclipse);
		assertFalse("the fresh platform has no AVP Studio bundle yet", hasBundle("org.avpstudio.ui"));

		directorOutput = run(List.of(JAVA, "-jar", launcherJar().toString(), "-nosplash", "-consoleLog",
				"-application", "org.eclipse.equinox.p2.director",
				"-repository", REPOSITORY.toUri().toString(),
				"-installIU", "org.avpstudio.feature.feature.group",
				"-destination", eclipse.toString(), "-profile", "DefaultProfile"), 300);
	}

	@Test
	public void directorInstallsTheFeature() throws Exception {
		assertTrue(directorOutput, directorOutput.contains("Operation completed"));
		assertTrue("AVP Studio bundles are in the installation", hasBundle("org.avpstudio.ui"));
		assertTrue(hasBundle("org.avpstudio.model"));
		String bundlesInfo = Files.readString(
				eclipse.resolve("configuration/org.eclipse.equinox.simpleconfigurator/bundles.info"));
		assertTrue("the installed bundles are configured to run", bundlesInfo.contains("org.avpstudio.ui,"));
	}

	@Test
	public void installedIdeStartsEveryAvpStudioBundle() throws Exception {
		Path report = WORK.resolve("selfcheck.txt");
		Path screenshot = WORK.resolve("installed-ide.png");
		String output = run(List.of(JAVA, "-Davpstudio.selfcheck=" + report, "-Davpstudio.screenshot=" + screenshot,
				"-jar", launcherJar().toString(), "-nosplash", "-consoleLog", "-data",
				WORK.resolve("workspace").toString()), 180);
		assertTrue("the IDE wrote its self-check report\n" + output, Files.isRegularFile(report));
		List<String> lines = Files.readAllLines(report, StandardCharsets.UTF_8);
		List<String> bundles = lines.stream().filter(l -> l.startsWith("bundle ")).toList();
		List<String> broken = bundles.stream().filter(l -> !l.matches("bundle \\S+ \\S+ (ACTIVE|RESOLVED)")).toList();
		assertEquals("bundles that did not resolve or start: " + broken, List.of(), broken);
		for (String expected : List.of("org.avpstudio.model", "org.avpstudio.spec", "org.avpstudio.validation",
				"org.avpstudio.dsl", "org.avpstudio.dsl.ide", "org.avpstudio.core", "org.avpstudio.importer", "org.avpstudio.ui", "org.avpstudio.cli")) {
			assertTrue(expected + " is running in the installed IDE: " + bundles,
					bundles.stream().anyMatch(l -> l.startsWith("bundle " + expected + " ")));
		}
		assertTrue("a workbench window opened: " + lines, lines.stream().anyMatch(l -> l.startsWith("window ")));
		assertTrue(Files.size(screenshot) > 0);
	}

	private static boolean hasBundle(String symbolicName) throws IOException {
		try (Stream<Path> plugins = Files.list(eclipse.resolve("plugins"))) {
			return plugins.anyMatch(p -> p.getFileName().toString().startsWith(symbolicName + "_"));
		}
	}

	private static Path launcherJar() throws IOException {
		try (Stream<Path> plugins = Files.list(eclipse.resolve("plugins"))) {
			return plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow(() -> new AssertionError("no Equinox launcher in " + eclipse));
		}
	}

	private static String run(List<String> command, int timeoutSeconds) throws Exception {
		Path log = Files.createTempFile(WORK, "process", ".log");
		Process process = new ProcessBuilder(new ArrayList<>(command)).directory(eclipse.toFile())
				.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out after " + timeoutSeconds + " s: " + command + "\n" + Files.readString(log));
		}
		return Files.readString(log);
	}

	private static void copyTree(Path from, Path to) throws IOException {
		try (Stream<Path> all = Files.walk(from)) {
			for (Path source : (Iterable<Path>) all::iterator) {
				Path target = to.resolve(from.relativize(source).toString());
				if (Files.isDirectory(source)) {
					Files.createDirectories(target);
				} else {
					Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
				}
			}
		}
	}

	private static void deleteTree(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			Files.createDirectories(dir);
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			for (Path p : (Iterable<Path>) all.sorted((a, b) -> b.compareTo(a))::iterator) {
				if (!p.equals(dir)) {
					Files.delete(p);
				}
			}
		}
	}
}
