// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.crosvm.CrosvmTarget;
import org.avpstudio.generator.libvirt.LibvirtTarget;
import org.avpstudio.generator.qemu.QemuTarget;
import org.avpstudio.generator.xen.XenTarget;
import org.avpstudio.validation.PlatformScope;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Names and paths with quotes, commas, spaces, newlines, {@code $()}, XML metacharacters and non-ASCII text
 * either reach the real tool with exactly their meaning (QEMU, libvirt, the shell) or are rejected with a
 * finding (xl, crosvm) — never an injected option, attribute or device.
 */
public class HostileInputTest {

	/** A file name a user could really have: every character that is special somewhere. */
	private static final String EVIL = "d\u00e9j\u00e0 vu, \"quoted\" 'single' $(touch pwned) <x>&amp;\n-device e1000.img";

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private PlatformScope hostileModel(Path image) throws Exception {
		String escaped = image.toString().replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
		Path model = tmp.getRoot().toPath().resolve("hostile.avp");
		Files.writeString(model, """
				platform hostile {
					hardware host {
						architecture x86_64
					}
					vm guest {
						memory 256 MiB
						block disk0 {
							backend image "%s" format raw
						}
						net eth0 {
							mac "52:54:00:00:00:07"
							backend tap "avp0" bridge "br0'; reboot; echo '"
						}
					}
				}
				""".formatted(escaped));
		return Generation.load(model);
	}

	@Test
	public void qemuOpensExactlyTheHostileImageAndNothingElse() throws Exception {
		Path image = tmp.getRoot().toPath().resolve(EVIL);
		Generation.run(List.of("qemu-img", "create", "-f", "raw", image.toString(), "1M"), 30);
		assertTrue(Files.exists(image));
		PlatformScope platform = hostileModel(image);
		GeneratedFile args = Generation.generate(new QemuTarget(), platform, "qemu/guest.args");
		List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-accel", "tcg", "-S"));
		Path socket = tmp.getRoot().toPath().resolve("qmp.sock");
		command.addAll(List.of("-qmp", "unix:" + socket + ",server=on,wait=off"));
		// the tap back-end needs privileges this test does not have: user networking under the same netdev id
		args.content().lines().filter(l -> !l.startsWith("#"))
				.map(l -> l.contains("\"type\":\"tap\"") ? "{\"type\":\"user\",\"id\":\"net-eth0\"}" : l).forEach(command::add);
		Process qemu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(tmp.newFile().toPath().toFile()).start();
		String blocks;
		String peripherals;
		try (QmpClient qmp = new QmpClient(socket)) {
			blocks = qmp.execute("{\"execute\":\"query-named-block-nodes\"}");
			peripherals = qmp.execute("{\"execute\":\"qom-list\",\"arguments\":{\"path\":\"/machine/peripheral\"}}").replace(" ", "");
		} finally {
			qemu.waitFor(10, TimeUnit.SECONDS);
			qemu.destroyForcibly();
		}
		assertTrue("QEMU opened the file by its exact name: " + blocks, blocks.contains(jsonEscaped(image.toString())));
		assertFalse("no injected device: " + peripherals, peripherals.contains("e1000"));
		assertFalse(Files.exists(Path.of("pwned")));
	}

	@Test
	public void theShellScriptPassesEveryArgumentUnchanged() throws Exception {
		Path image = tmp.getRoot().toPath().resolve(EVIL);
		PlatformScope platform = hostileModel(image);
		GeneratedFile script = Generation.generate(new QemuTarget(), platform, "qemu/guest.sh");
		GeneratedFile args = Generation.generate(new QemuTarget(), platform, "qemu/guest.args");
		Path bin = tmp.newFolder("bin").toPath();
		Path fake = bin.resolve("qemu-system-x86_64");
		Files.writeString(fake, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\"; done\n");
		fake.toFile().setExecutable(true);
		Path file = Generation.write(tmp.getRoot().toPath(), script);
		Generation.Run run = Generation.run(List.of("env", "PATH=" + bin + ":/usr/bin:/bin", "QEMU_ACCEL=tcg", "sh", file.toString()), 10);
		assertEquals(run.err(), 0, run.exit());
		List<String> expected = new ArrayList<>(List.of("-accel", "tcg"));
		args.content().lines().filter(l -> !l.startsWith("#")).forEach(expected::add);
		assertEquals(expected, run.out().lines().toList());
		assertFalse(Files.exists(Path.of("pwned")));
	}

	@Test
	public void libvirtKeepsTheHostileValuesAsValues() throws Exception {
		// libvirt's schema allows no control characters in paths (see the next test); every other character stays
		Path image = tmp.getRoot().toPath().resolve(EVIL.replace("\n", " "));
		GeneratedFile xml = Generation.generate(new LibvirtTarget(), hostileModel(image), "libvirt/guest.xml");
		Path file = Generation.write(tmp.getRoot().toPath(), xml);
		assertEquals(0, Generation.run(List.of("virt-xml-validate", file.toString(), "domain"), 60).exit());
		// the test driver keeps state per process: define and read back in one virsh run
		Generation.Run dump = Generation.run(List.of("virsh", "-c", "test:///default", "define " + file + "; dumpxml guest"), 60);
		assertEquals(dump.err(), 0, dump.exit());
		assertTrue(dump.out(), dump.out().contains("$(touch pwned) &lt;x&gt;&amp;amp; -device e1000.img"));
		assertEquals("one disk, one interface", 1, dump.out().split("<disk ").length - 1);
	}

	@Test
	public void formatsThatCannotQuoteRejectWithAFinding() throws Exception {
		Path image = tmp.getRoot().toPath().resolve(EVIL);
		PlatformScope platform = hostileModel(image);
		for (var target : List.of(new XenTarget(), new CrosvmTarget(), new LibvirtTarget())) {
			GenerationContext context = new GenerationContext("hostile.avp");
			List<GeneratedFile> files = target.generate(platform, context);
			assertTrue(target.name() + " reports the image path", context.findings().stream()
					.anyMatch(f -> f.message().startsWith("image path") && f.message().contains("cannot quote")));
			assertFalse(files.get(0).content(), files.get(0).content().contains("e1000"));
		}
	}

	/** As QMP writes strings: JSON escapes, non-ASCII as \\uXXXX. */
	private static String jsonEscaped(String s) {
		StringBuilder out = new StringBuilder();
		for (char c : s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n").toCharArray()) {
			out.append(c > 0x7e ? String.format("\\u%04X", (int) c) : String.valueOf(c));
		}
		return out.toString();
	}
}
