// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dist.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.junit.Test;

/**
 * Licence as a legal department checks it: the EPL-2.0 text in LICENSE, about.html in every bundle (and in the
 * jars the update site ships), licence and SCM in the parent POM every published POM inherits, and third-party
 * notices in which every jar the CLI archive and the update site ship has a row with a licence.
 */
public class LicenceTest {

	private static final Path ROOT = CliArchiveTest.ROOT;
	private static final Path SITE = ROOT.resolve("update-site/target/repository");

	@Test
	public void licenseFileIsTheEpl20() throws IOException {
		String text = Files.readString(ROOT.resolve("LICENSE"));
		assertTrue(text.startsWith("Eclipse Public License - v 2.0"));
		assertTrue("the whole text, with Exhibit A", text.contains("Exhibit A - Form of Secondary Licenses Notice"));
	}

	/**
	 * Every hand-written source file (Java, TypeScript, Xtext, MWE2, CSS and the scripts in bin/ and .ci/) names its
	 * licence in an SPDX line near its top; test fixtures and golden files are data and are left as they are.
	 */
	@Test
	public void everySourceFileHasAnSpdxLine() throws Exception {
		Process git = new ProcessBuilder("git", "-C", ROOT.toString(), "ls-files").redirectErrorStream(true).start();
		List<String> files = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
		assertEquals(0, git.waitFor());
		List<String> missing = new ArrayList<>();
		int checked = 0;
		for (String file : files) {
			String name = file.substring(file.lastIndexOf('/') + 1);
			String extension = name.contains(".") ? name.substring(name.lastIndexOf('.')) : "";
			boolean script = (file.startsWith("bin/") || file.startsWith(".ci/")) && extension.isEmpty();
			boolean source = List.of(".java", ".ts", ".tsx", ".xtext", ".mwe2", ".css", ".sh", ".py").contains(extension);
			if (!(script || source) || file.contains("/goldens/") || file.contains("/resources/") || file.contains("/node_modules/")
					|| file.contains("/web/") || !Files.isRegularFile(ROOT.resolve(file))) {
				continue;
			}
			String head = Files.readString(ROOT.resolve(file), StandardCharsets.UTF_8);
			if (!head.substring(0, Math.min(600, head.length())).contains("SPDX-License-Identifier: EPL-2.0")) {
				missing.add(file);
			}
			checked++;
		}
		assertTrue("source files checked: " + checked, checked > 400);
		assertEquals("source files without 'SPDX-License-Identifier: EPL-2.0'", List.of(), missing);
	}

	@Test
	public void everyBundleCarriesAboutHtml() throws IOException {
		List<String> bundles = new ArrayList<>();
		try (Stream<Path> folders = Files.list(ROOT.resolve("bundles"))) {
			for (Path bundle : folders.filter(p -> Files.isRegularFile(p.resolve("META-INF/MANIFEST.MF"))).sorted().toList()) {
				bundles.add(bundle.getFileName().toString());
				String about = Files.readString(bundle.resolve("about.html"));
				assertTrue(bundle + ": names the EPL-2.0", about.contains("EPL-2.0"));
				String build = Files.readString(bundle.resolve("build.properties"));
				assertTrue(bundle + ": about.html is in bin.includes", build.matches("(?s).*bin\\.includes\\s*=[^=]*about\\.html.*"));
			}
		}
		assertTrue(bundles.toString(), bundles.size() >= 12);
		int shipped = 0;
		try (Stream<Path> jars = Files.list(SITE.resolve("plugins"))) {
			for (Path jar : jars.filter(p -> p.getFileName().toString().startsWith("org.avpstudio.")).toList()) {
				try (ZipFile zip = new ZipFile(jar.toFile())) {
					assertNotNull(jar + " carries about.html", zip.getEntry("about.html"));
				}
				shipped++;
			}
		}
		assertTrue("AVP Studio bundles on the update site: " + shipped, shipped >= 12);
	}

	@Test
	public void parentPomDeclaresLicenceAndScm() throws IOException {
		String pom = Files.readString(ROOT.resolve("pom.xml"));
		assertTrue(pom.matches("(?s).*<licenses>\\s*<license>\\s*<name>EPL-2.0</name>\\s*<url>https://www.eclipse.org/legal/epl-2.0/</url>.*"));
		assertTrue(pom.matches("(?s).*<scm[^>]*>\\s*<url>[^<]+</url>\\s*<connection>scm:git:[^<]+</connection>.*"));
		assertTrue("sub-modules inherit the SCM address unchanged", pom.contains("child.scm.url.inherit.append.path=\"false\""));
	}

	@Test
	public void updateSiteNoticesListEveryShippedJar() throws IOException {
		Map<String, String> rows = rows(Files.readString(SITE.resolve("THIRD-PARTY-NOTICES.txt")));
		List<String> shipped = new ArrayList<>();
		for (String folder : List.of("plugins", "features")) {
			try (Stream<Path> jars = Files.list(SITE.resolve(folder))) {
				jars.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jar")).forEach(shipped::add);
			}
		}
		assertTrue(shipped.size() > 50);
		assertEveryJarHasALicence(shipped, rows);
		assertEquals("Xtext", "EPL-2.0", rows.get(only(shipped, "org.eclipse.xtext_")));
		assertEquals("Guava", "Apache-2.0", rows.get(only(shipped, "com.google.guava_")));
	}

	@Test
	public void cliArchiveNoticesListEveryJarInLib() throws IOException {
		List<String> shipped = new ArrayList<>();
		String notices;
		try (ZipFile zip = new ZipFile(CliArchiveTest.ZIP.toFile())) {
			String top = "avp-" + CliArchiveTest.VERSION + "/";
			zip.stream().map(ZipEntry::getName).filter(n -> n.startsWith(top + "lib/") && n.endsWith(".jar"))
					.forEach(n -> shipped.add(n.substring((top + "lib/").length())));
			ZipEntry entry = zip.getEntry(top + "THIRD-PARTY-NOTICES.txt");
			assertNotNull("the archive carries its notices", entry);
			try (InputStream in = zip.getInputStream(entry)) {
				notices = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
		Map<String, String> rows = rows(notices);
		assertTrue(shipped.size() > 30);
		assertEveryJarHasALicence(shipped, rows);
		assertEquals("picocli", "Apache-2.0", rows.get(only(shipped, "picocli-")));
		assertEquals("EMF", "EPL-2.0", rows.get(only(shipped, "org.eclipse.emf.ecore-")));
		assertEquals("no row for a jar that is not shipped", shipped.size(), rows.size());
	}

	private static void assertEveryJarHasALicence(List<String> shipped, Map<String, String> rows) {
		List<String> missing = shipped.stream().filter(jar -> !rows.containsKey(jar)).toList();
		assertTrue("shipped but not in the notices: " + missing, missing.isEmpty());
		for (String jar : shipped) {
			String licence = rows.get(jar);
			assertFalse(jar + " has a licence", licence.isBlank() || licence.equals("-"));
		}
	}

	private static String only(List<String> files, String prefix) {
		List<String> matching = files.stream().filter(f -> f.startsWith(prefix)).toList();
		assertEquals(prefix + ": " + matching, 1, matching.size());
		return matching.get(0);
	}

	/** The table rows of a THIRD-PARTY-NOTICES.txt: jar file name to licence. */
	private static Map<String, String> rows(String notices) {
		Map<String, String> rows = new TreeMap<>();
		for (String line : notices.split("\n")) {
			String[] cells = line.split(" \\| ");
			if (cells.length == 5 && cells[0].endsWith(".jar")) {
				rows.put(cells[0], cells[3]);
			}
		}
		return rows;
	}
}
