// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.After;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The avp process is killed in the middle of {@code generate --target all} (SIGTERM and SIGKILL): every file of
 * the previous generation is still whole (old or completely new content), and no temporary file remains. A
 * read-only and a full output directory (real tmpfs mounts) give a clear error and keep what was there.
 */
public class NothingLostTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private final List<Path> mounts = new ArrayList<>();

	@After
	public void unmount() throws Exception {
		for (Path mount : mounts) {
			new ProcessBuilder("umount", mount.toString()).inheritIO().start().waitFor();
		}
	}

	private record Run(int exit, String out, String err) {
	}

	private static ProcessBuilder avp(String... args) {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g", "-cp",
				System.getenv("AVP_BENCH_CLASSPATH"), "org.avpstudio.cli.AvpCommandLine"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command);
	}

	private Run run(String... args) throws Exception {
		Path out = tmp.newFile().toPath();
		Path err = tmp.newFile().toPath();
		Process p = avp(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		assertTrue(p.waitFor(300, TimeUnit.SECONDS));
		Run run = new Run(p.exitValue(), Files.readString(out), Files.readString(err));
		assertFalse("no stack trace: " + run.err(), run.err().contains("\tat "));
		return run;
	}

	private Path model(String name, int lines) throws Exception {
		Path model = tmp.getRoot().toPath().resolve(name);
		Files.writeString(model, SyntheticPlatform.ofLines(lines).avp());
		return model;
	}

	private static Map<String, String> contents(Path dir) throws Exception {
		Map<String, String> files = new TreeMap<>();
		if (Files.isDirectory(dir)) {
			try (Stream<Path> all = Files.walk(dir)) {
				for (Path p : all.filter(Files::isRegularFile).toList()) {
					files.put(dir.relativize(p).toString(), Files.readString(p));
				}
			}
		}
		return files;
	}

	private static List<String> leftovers(Path dir) throws Exception {
		try (Stream<Path> all = Files.walk(dir)) {
			return all.map(p -> dir.relativize(p).toString()).filter(n -> n.contains(".avp-staging-") || n.endsWith(".tmp")).toList();
		}
	}

	@Test
	public void terminatedGenerationLeavesEveryFileWholeAndNoTemporaryFiles() throws Exception {
		killMidway(false);
	}

	@Test
	public void killedGenerationLeavesEveryFileWholeAndTheNextRunClearsItsStaging() throws Exception {
		killMidway(true);
	}

	private void killMidway(boolean forcibly) throws Exception {
		// same VM names in both models, different content (the header names the model; the big one has more VMs)
		Path before = model("platform.avp", 20_000);
		Path out = tmp.newFolder("out").toPath();
		assertEquals(0, run("generate", before.toString(), "--target", "all", "--out", out.toString()).exit());
		Map<String, String> previous = contents(out);
		Path after = tmp.newFolder("next").toPath().resolve("platform.avp");
		Files.writeString(after, SyntheticPlatform.ofLines(100_000).avp().replace("vsock0 {\n\t\t\tcid ", "vsock0 {\n\t\t\tcid 1"));
		Path reference = tmp.newFolder("reference").toPath();
		assertEquals(0, run("generate", after.toString(), "--target", "all", "--out", reference.toString()).exit());
		Map<String, String> complete = contents(reference);

		Process p = avp("generate", after.toString(), "--target", "all", "--out", out.toString()).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		boolean staged = false;
		for (int i = 0; i < 60_000 && !staged && p.isAlive(); i++) {
			try (Stream<Path> children = Files.list(out)) {
				staged = children.anyMatch(c -> c.getFileName().toString().startsWith(".avp-staging-"));
			}
			Thread.sleep(1);
		}
		assertTrue("the run reached the writing stage", staged);
		Thread.sleep(40); // into the middle of writing
		if (forcibly) {
			p.destroyForcibly();
		} else {
			p.destroy();
		}
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));

		Map<String, String> now = contents(out);
		int replaced = 0;
		for (var e : previous.entrySet()) {
			String content = now.get(e.getKey());
			assertTrue(e.getKey() + " is whole", e.getValue().equals(content) || complete.get(e.getKey()).equals(content));
			replaced += e.getValue().equals(content) ? 0 : 1;
		}
		for (var e : now.entrySet()) {
			if (!previous.containsKey(e.getKey()) && !e.getKey().contains(".avp-staging-")) {
				assertEquals(e.getKey() + " is complete", complete.get(e.getKey()), e.getValue());
			}
		}
		System.out.printf("NothingLostTest: %s mid-run, %d of %d previous files already replaced%n", forcibly ? "SIGKILL" : "SIGTERM", replaced,
				previous.size());
		if (forcibly) {
			// the next run removes what the killed one left
			assertEquals(0, run("generate", before.toString(), "--target", "qemu", "--out", out.toString()).exit());
		}
		List<String> left = leftovers(out);
		assertTrue(left.size() + " temporary files left, e.g. " + left.subList(0, Math.min(5, left.size())), left.isEmpty());
	}

	private Path mount(String options) throws Exception {
		Path dir = tmp.newFolder().toPath();
		Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", options, "tmpfs", dir.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		assertEquals("mounting a tmpfs (the test needs root): " + out, 0, p.waitFor());
		mounts.add(dir);
		return dir;
	}

	@Test
	public void readOnlyOutputDirectoryIsAClearError() throws Exception {
		Path dir = mount("ro,size=1m");
		Run run = run("generate", model("small.avp", 1000).toString(), "--target", "all", "--out", dir.resolve("out").toString());
		assertEquals(2, run.exit());
		assertTrue(run.err(), run.err().contains(dir.resolve("out") + ": the output directory is on a read-only file system; choose another --out"));
	}

	@Test
	public void fullOutputDirectoryIsAClearErrorAndKeepsThePreviousOutputs() throws Exception {
		Path dir = mount("size=256k");
		Path small = model("small.avp", 200);
		assertEquals(0, run("generate", small.toString(), "--target", "qemu", "--out", dir.toString()).exit());
		Map<String, String> previous = contents(dir);
		Run run = run("generate", model("large.avp", 10_000).toString(), "--target", "all", "--out", dir.toString());
		assertEquals(2, run.exit());
		assertTrue(run.err(), run.err().contains(": writing failed (the device is full); previous outputs are unchanged. Check free space and permissions"));
		assertEquals(previous, contents(dir));
		assertEquals(List.of(), leftovers(dir));
		assertFalse(new File(dir.toFile(), "libvirt").exists());
	}
}
