// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dist.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.avpstudio.dist.tests.Processes.Result;
import org.junit.Test;

/**
 * The AVP Studio product archives a user downloads (releng/org.avpstudio.ide): one per platform, each holding that
 * platform's SWT fragment and no other, the Equinox launcher jar it is started with, and the launcher library where
 * Maven Central has one that fits; each unpacked archive starts as an Eclipse installation with {@code java -jar}
 * (the p2 director application lists the AVP Studio product as installed). The Linux x86_64 archive unpacked is the
 * folder {@code bin/avp-studio} starts.
 */
public class ProductArchiveTest {

	static final Path PRODUCTS = CliArchiveTest.ROOT.resolve("releng/org.avpstudio.ide/target/products");
	static final Path WORK = CliArchiveTest.WORK.resolve("products");

	/** One download: its archive name suffix, the folder the installation is in, and what it must hold. */
	record Platform(String suffix, String top, String swtFragment, String launcherLibrary) {
		Path archive() {
			return PRODUCTS.resolve("avpstudio-" + CliArchiveTest.VERSION + "-" + suffix);
		}
	}

	static final List<Platform> PLATFORMS = List.of(
			new Platform("linux.gtk.x86_64.tar.gz", "avpstudio/", "org.eclipse.swt.gtk.linux.x86_64",
					"org.eclipse.equinox.launcher.gtk.linux.x86_64"),
			// Maven Central's launcher libraries for Linux aarch64 and macOS aarch64 (1.2.900) need a launcher
			// older than 1.7: these two archives are started with java -jar only (see releng/README.md).
			new Platform("linux.gtk.aarch64.tar.gz", "avpstudio/", "org.eclipse.swt.gtk.linux.aarch64", null),
			new Platform("win32.win32.x86_64.zip", "avpstudio/", "org.eclipse.swt.win32.win32.x86_64",
					"org.eclipse.equinox.launcher.win32.win32.x86_64"),
			new Platform("macosx.cocoa.aarch64.tar.gz", "avpstudio.app/Contents/Eclipse/",
					"org.eclipse.swt.cocoa.macosx.aarch64", null));

	static final Set<String> ALL_SWT_FRAGMENTS = PLATFORMS.stream().map(Platform::swtFragment)
			.collect(Collectors.toSet());

	@Test
	public void eachArchiveHoldsItsPlatformsSwtFragmentAndTheLauncher() throws Exception {
		for (Platform platform : PLATFORMS) {
			Path archive = platform.archive();
			assertTrue("the product archive was built: " + archive, Files.isRegularFile(archive));
			Set<String> entries = entries(archive);
			String plugins = platform.top() + "plugins/";
			assertEquals(platform.suffix() + ": one SWT fragment, the platform's own", Set.of(platform.swtFragment()),
					bundleNames(entries, plugins, ALL_SWT_FRAGMENTS));
			assertTrue(platform.suffix() + ": SWT fragment is a jar",
					entries.stream().anyMatch(e -> e.matches(plugins + platform.swtFragment() + "_3\\.132\\.0\\.v\\d+-\\d+\\.jar")));
			assertTrue(platform.suffix() + ": Equinox launcher jar",
					entries.stream().anyMatch(e -> e.matches(plugins + "org\\.eclipse\\.equinox\\.launcher_1\\.7\\.[^/]*\\.jar")));
			assertTrue(platform.suffix() + ": config.ini", entries.contains(platform.top() + "configuration/config.ini"));
			assertTrue(platform.suffix() + ": the AVP Studio feature", entries.stream()
					.anyMatch(e -> e.startsWith(platform.top() + "features/org.avpstudio.feature_")));
			Set<String> launcherLibraries = entries.stream()
					.filter(e -> e.startsWith(plugins + "org.eclipse.equinox.launcher.") && e.matches(".*/eclipse_\\d+\\.(so|dll)"))
					.map(e -> bundleName(e.substring(plugins.length())))
					.collect(Collectors.toCollection(TreeSet::new));
			assertEquals(platform.suffix() + ": launcher library",
					platform.launcherLibrary() == null ? Set.of() : Set.of(platform.launcherLibrary()), launcherLibraries);
		}
	}

	@Test
	public void eachUnpackedArchiveStartsWithJavaJar() throws Exception {
		for (Platform platform : PLATFORMS) {
			Path into = Files.createDirectories(WORK.resolve(platform.suffix()));
			Processes.deleteTree(into);
			Files.createDirectories(into);
			List<String> unpack = platform.suffix().endsWith(".zip")
					? List.of("unzip", "-q", platform.archive().toString())
					: List.of("tar", "xzf", platform.archive().toString());
			Result unpacked = Processes.run(into, unpack, env -> {
			});
			assertEquals(unpacked.output(), 0, unpacked.exit());
			Path installation = into.resolve(platform.top());
			String license = Files.readString(installation.resolve("LICENSE"));
			assertTrue(platform.suffix() + ": LICENSE is the EPL-2.0", license.contains("Eclipse Public License - v 2.0"));
			String notices = Files.readString(installation.resolve("THIRD-PARTY-NOTICES.txt"));
			try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
				for (Path jar : plugins.filter(p -> p.toString().endsWith(".jar")).toList()) {
					assertTrue(platform.suffix() + ": THIRD-PARTY-NOTICES.txt has a row for " + jar.getFileName(),
							notices.contains(jar.getFileName().toString()));
				}
			}
			Result roots = director(installation);
			assertEquals(platform.suffix() + ": " + roots.output(), 0, roots.exit());
			assertTrue(platform.suffix() + ": " + roots.output(),
					roots.output().lines().anyMatch(l -> l.startsWith("org.avpstudio.ide/0.1.0.")));
		}
	}

	@Test
	public void binAvpStudioStartsTheUnpackedLinuxArchive() throws Exception {
		Path home = WORK.resolve("studio-home");
		Processes.deleteTree(home);
		Result result = Processes.run(CliArchiveTest.ROOT, List.of(CliArchiveTest.ROOT.resolve("bin/avp-studio").toString(),
				"--unpack-only"), env -> env.put("AVP_STUDIO_HOME", home.toString()));
		assertEquals(result.output(), 0, result.exit());
		Path product = Path.of(result.output().strip());
		assertEquals(home.resolve("avpstudio"), product);
		Platform linux = PLATFORMS.get(0);
		Set<String> inArchive = new TreeSet<>();
		for (String entry : entries(linux.archive())) {
			if (!entry.endsWith("/")) {
				inArchive.add(entry.substring(linux.top().length()));
			}
		}
		assertEquals("bin/avp-studio starts exactly the archive's files", inArchive, files(product));
		assertTrue(director(product).output().lines().anyMatch(l -> l.startsWith("org.avpstudio.ide/0.1.0.")));

		// a folder that bin/avp-studio did not unpack is never replaced
		Path foreign = Files.createDirectories(WORK.resolve("foreign"));
		Files.writeString(foreign.resolve("keep.txt"), "mine");
		Result refused = Processes.run(CliArchiveTest.ROOT, List.of(CliArchiveTest.ROOT.resolve("bin/avp-studio").toString(),
				"--unpack-only"), env -> env.put("AVP_STUDIO_HOME", foreign.toString()));
		assertEquals(refused.output(), 1, refused.exit());
		assertTrue(refused.output(), refused.output().contains("was not unpacked by bin/avp-studio"));
		assertTrue(Files.exists(foreign.resolve("keep.txt")));
	}

	/** Starts the installation as the README says (java -jar the launcher) with the p2 director listing its roots. */
	private static Result director(Path installation) throws Exception {
		Path launcher;
		try (Stream<Path> plugins = Files.list(installation.resolve("plugins"))) {
			launcher = plugins.filter(p -> p.getFileName().toString().matches("org\\.eclipse\\.equinox\\.launcher_.*\\.jar"))
					.findFirst().orElseThrow();
		}
		return Processes.run(installation, List.of(CliArchiveTest.JAVA_HOME.resolve("bin/java").toString(), "-jar",
				launcher.toString(), "-nosplash", "-application", "org.eclipse.equinox.p2.director", "-listInstalledRoots"),
				env -> env.remove("JAVA_TOOL_OPTIONS"));
	}

	private static Set<String> bundleNames(Set<String> entries, String plugins, Set<String> names) {
		Set<String> found = new TreeSet<>();
		for (String entry : entries) {
			if (entry.startsWith(plugins)) {
				String name = bundleName(entry.substring(plugins.length()));
				if (names.contains(name)) {
					found.add(name);
				}
			}
		}
		return found;
	}

	/** The symbolic name in a plugins/ entry: what comes before "_VERSION" (names such as x86_64 hold "_" too). */
	private static String bundleName(String pluginEntry) {
		return pluginEntry.split("_(?=\\d+\\.\\d+\\.\\d+)", 2)[0];
	}

	static Set<String> entries(Path archive) throws Exception {
		Set<String> entries = new TreeSet<>();
		if (archive.toString().endsWith(".zip")) {
			try (ZipFile zip = new ZipFile(archive.toFile())) {
				for (Enumeration<? extends ZipEntry> e = zip.entries(); e.hasMoreElements();) {
					entries.add(e.nextElement().getName());
				}
			}
			return entries;
		}
		Result list = Processes.run(archive.getParent(), List.of("tar", "tzf", archive.toString()), env -> {
		});
		assertEquals(list.output(), 0, list.exit());
		list.output().lines().forEach(entries::add);
		assertFalse("entries in " + archive, entries.isEmpty());
		return entries;
	}

	private static Set<String> files(Path root) throws IOException {
		List<String> files = new ArrayList<>();
		try (Stream<Path> paths = Files.walk(root)) {
			paths.filter(Files::isRegularFile).forEach(p -> files.add(root.relativize(p).toString().replace('\\', '/')));
		}
		return new TreeSet<>(files);
	}
}
