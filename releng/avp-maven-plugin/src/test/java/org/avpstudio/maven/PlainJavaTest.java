// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The README's "Plain Java" program, taken from the README as it stands, compiled against the avp-core artifacts
 * only (the bundle jars and their libraries as Maven resolved them for this module, without Maven's API, JUnit or
 * the plugin's classes) and run in a fresh JVM on a plain class path: no OSGi, no Eclipse.
 */
public class PlainJavaTest {
	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	static String snippet() throws Exception {
		String readme = Files.readString(Fixtures.root().resolve("README.md"), StandardCharsets.UTF_8);
		int section = readme.indexOf("### Plain Java");
		assertTrue("README.md has no '### Plain Java' section", section >= 0);
		int start = readme.indexOf("```java\n", section);
		int end = readme.indexOf("```", start + 8);
		assertTrue("no java code block in the README's Plain Java section", start > 0 && end > start);
		return readme.substring(start + 8, end);
	}

	/** The class path of avp-core: this test's class path less the plugin, Maven's API and the test libraries. */
	static List<String> coreClassPath() {
		List<String> entries = new ArrayList<>();
		for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
			String e = entry.replace('\\', '/');
			if (e.endsWith("/classes") || e.endsWith("/test-classes") || e.contains("/org/apache/maven/") || e.contains("/org/codehaus/plexus/")
					|| e.contains("/junit/") || e.contains("/hamcrest/") || e.contains("surefire") || e.contains("/org/eclipse/sisu/")
					|| e.contains("/javax/inject/") || e.contains("/org/slf4j/")) {
				continue;
			}
			entries.add(entry);
		}
		return entries;
	}

	@Test
	public void theReadmeProgramValidatesAndGeneratesOnAPlainClassPath() throws Exception {
		String source = snippet();
		assertTrue(source, source.lines().filter(l -> !l.isBlank() && !l.startsWith("import")).count() <= 16);
		Path src = Files.createDirectories(temp.getRoot().toPath().resolve("src"));
		Path classes = Files.createDirectories(temp.getRoot().toPath().resolve("classes"));
		Path file = src.resolve("CheckPlatform.java");
		Files.writeString(file, source);
		List<String> classPath = coreClassPath();
		assertTrue(classPath.toString(), classPath.stream().anyMatch(e -> e.contains("org.avpstudio.core")));
		assertTrue(classPath.toString(), classPath.stream().noneMatch(e -> e.contains("maven-plugin-api")));
		JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
		int compiled = javac.run(null, null, null, "--release", "21", "-d", classes.toString(), "-cp", String.join(File.pathSeparator, classPath),
				file.toString());
		assertEquals("the README snippet does not compile against avp-core", 0, compiled);

		List<String> runPath = new ArrayList<>(classPath);
		runPath.add(0, classes.toString());
		Path out = temp.getRoot().toPath().resolve("out");
		Path examples = Fixtures.root().resolve("examples");
		Run ok = run(runPath, examples.resolve("cockpit/cockpit.avp"), out);
		assertEquals(ok.output, 0, ok.exit);
		assertTrue(ok.output, ok.output.contains("cockpit.avp:165:") && ok.output.contains("AVPS-2.0-VSOCK-3"));
		assertTrue(Files.isRegularFile(out.resolve("platform.sarif")));
		try (var walk = Files.walk(out)) {
			assertTrue(walk.anyMatch(f -> f.toString().endsWith(".cfg")));
		}

		Run gaps = run(runPath, examples.resolve("noncompliant/cockpit-gaps.avp"), temp.getRoot().toPath().resolve("gaps"));
		assertEquals(gaps.output, 1, gaps.exit);
		assertTrue(gaps.output, gaps.output.contains("cockpit-gaps.avp:87:") && gaps.output.contains("error"));
		assertTrue(gaps.output, !Files.exists(temp.getRoot().toPath().resolve("gaps")));
	}

	record Run(int exit, String output) {
	}

	private static Run run(List<String> classPath, Path model, Path out) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(Arrays.asList(java, "-cp", String.join(File.pathSeparator, classPath), "CheckPlatform", model.toString(),
				out.toString()));
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertTrue("the program did not end within 120 s", process.waitFor(120, TimeUnit.SECONDS));
		return new Run(process.exitValue(), output);
	}
}
