// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The git set-up the README documents, in a real git repository: {@code avp diff --textconv} as the diff driver of
 * {@code *.avp} files (git's line diff shows semantic lines), and {@code git difftool -x 'avp diff'} (the old version
 * is a temporary file whose import is resolved beside the working copy).
 */
public class GitDiffDriverTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path repo;
	private Path avp;

	@Before
	public void repository() throws Exception {
		// the avp command on this module's class path, as bin/avp runs it on releng/org.avpstudio.cli.dist/target/lib
		avp = tmp.getRoot().toPath().resolve("avp");
		Files.writeString(avp, "#!/bin/sh\nexec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' -Xmx512m -cp '"
				+ System.getProperty("java.class.path") + "' org.avpstudio.cli.AvpCommandLine \"$@\"\n");
		Files.setPosixFilePermissions(avp, PosixFilePermissions.fromString("rwxr-xr-x"));
		repo = tmp.newFolder("repo").toPath();
		Path examples = Path.of(System.getProperty("avp.examples", "../../examples"));
		Files.copy(examples.resolve("cockpit/cockpit.avp"), repo.resolve("cockpit.avp"));
		Files.copy(examples.resolve("cockpit/soc.avp"), repo.resolve("soc.avp"));
		// the lines the README gives
		Files.writeString(repo.resolve(".gitattributes"), "*.avp diff=avp\n");
		git("init", "-q");
		git("config", "user.email", "ci@example.invalid");
		git("config", "user.name", "CI");
		git("config", "diff.avp.textconv", avp + " diff --textconv");
		git("config", "difftool.avp.cmd", avp + " diff \"$LOCAL\" \"$REMOTE\"");
		git("add", ".");
		git("commit", "-q", "-m", "cockpit");
		String text = Files.readString(repo.resolve("cockpit.avp"));
		text = text.replace("criticality ASIL-B\n\t\tmemory 1024 MiB", "criticality ASIL-B\n\t\tmemory 2048 MiB");
		text = "// a comment is no semantic change\n" + text;
		Files.writeString(repo.resolve("cockpit.avp"), text);
	}

	@Test
	public void textconvMakesGitsLineDiffSemantic() throws Exception {
		String diff = git("diff");
		assertTrue(diff, diff.contains("\n-vm cluster: memoryMiB = 1024\n+vm cluster: memoryMiB = 2048\n"));
		assertFalse("the comment is not a changed line: " + diff, diff.contains("a comment"));
		assertFalse("the raw text is not diffed: " + diff, diff.contains("memory 2048 MiB"));
		String raw = git("diff", "--no-textconv");
		assertTrue(raw, raw.contains("+\t\tmemory 2048 MiB"));
	}

	@Test
	public void difftoolShowsTheSemanticChangeAndTheComplianceDelta() throws Exception {
		String out = git("difftool", "-y", "-x", avp + " diff", "--", "cockpit.avp");
		assertTrue(out, out.contains("changed  VM        vm cluster"));
		assertTrue(out, out.contains("memoryMiB: 1024 -> 2048"));
		assertTrue("the old version's import resolved beside the working copy: " + out, out.contains("Compliance: 0 finding(s) introduced, 0 fixed"));
		String configured = git("difftool", "-y", "-t", "avp", "--", "cockpit.avp");
		assertTrue(configured, configured.contains("memoryMiB: 1024 -> 2048"));
	}

	private String git(String... args) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		ProcessBuilder builder = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true);
		Map<String, String> env = builder.environment();
		env.put("HOME", tmp.getRoot().toString());
		env.put("GIT_CONFIG_NOSYSTEM", "1");
		env.put("GIT_PAGER", "cat");
		env.put("TMPDIR", tmp.getRoot().toString());
		Process p = builder.start();
		byte[] output = p.getInputStream().readAllBytes();
		assertTrue("git " + String.join(" ", args) + " did not finish", p.waitFor(120, TimeUnit.SECONDS));
		String text = new String(output, StandardCharsets.UTF_8);
		assertEquals("git " + String.join(" ", args) + ": " + text, 0, p.exitValue());
		return text;
	}
}
