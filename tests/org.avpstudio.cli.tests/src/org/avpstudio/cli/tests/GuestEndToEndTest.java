// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The whole compliance loop in a real guest: generate the QEMU configuration and the guest check of
 * resources/e2e/probe.avp, boot a Debian kernel (fetched by .ci/fetch-test-assets, not installed) under QEMU/TCG
 * with a busybox initramfs built here whose init runs the generated check, collect the serial console, merge it
 * with {@code avp report --guest-results} and compare the report with the model. The virtio-rng device of the
 * model is deliberately left out of the started guest, so its presence check must fail.
 */
public class GuestEndToEndTest {

	/** Kernel modules the check needs: the virtio-pci transport and a driver per device class of probe.avp. */
	private static final List<String> MODULES = List.of("virtio_pci", "virtio_blk", "virtio_net", "virtio_console", "virtio-rng");

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void generatedGuestCheckRunsInABootedGuestAndItsResultsReachTheReport() throws Exception {
		Path kernel = Avp.cache("guest-kernel");
		assertTrue("guest kernel missing; run .ci/fetch-test-assets", Files.isRegularFile(kernel.resolve("vmlinuz")));
		Path work = tmp.getRoot().toPath();
		Path initrd = work.resolve("initrd.cpio");
		Path disk = work.resolve("disk.img");
		Files.write(disk, new byte[1 << 20]);
		Path model = work.resolve("probe.avp");
		Files.writeString(model, Files.readString(Avp.resource("e2e/probe.avp")).replace("@KERNEL@", kernel.resolve("vmlinuz").toString())
				.replace("@INITRD@", initrd.toString()).replace("@DISK@", disk.toString()));

		Path generated = work.resolve("generated");
		Avp.Result generate = Avp.run("generate", model.toString(), "--target", "qemu,guest-check", "--out", generated.toString());
		assertEquals(generate.out() + generate.err(), 0, generate.exit());

		buildInitramfs(generated.resolve("guest-check/probe.sh"), kernel.resolve("modules"), initrd);
		Path console = work.resolve("console.log");
		List<String> args = withoutDevice(qemuArguments(generated.resolve("qemu/probe.args")), "rng0");
		List<String> command = new ArrayList<>(List.of("qemu-system-x86_64", "-accel", "tcg", "-no-reboot"));
		for (String arg : args) {
			command.add(arg.equals("pty,id=uart") ? "file,id=uart,path=" + console : arg); // the emulated UART into a file
		}
		long start = System.nanoTime();
		Process qemu = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(work.resolve("qemu.out").toFile()).start();
		boolean ended = qemu.waitFor(150, TimeUnit.SECONDS);
		if (!ended) {
			qemu.destroyForcibly();
		}
		String log = Files.exists(console) ? Files.readString(console, StandardCharsets.ISO_8859_1) : "";
		assertTrue("the guest powered off by itself; console:\n" + log + "\nqemu:\n" + Files.readString(work.resolve("qemu.out")), ended);
		System.out.printf("GuestEndToEndTest: guest booted, checked and powered off in %.1f s%n", (System.nanoTime() - start) / 1e9);
		assertTrue(log, log.contains("AVP-CHECK-BEGIN probe") && log.contains("AVP-CHECK-END"));

		// what the guest saw: the devices QEMU was given, not the one left out
		assertTrue(log, log.contains("AVP-CHECK AVPS-2.0-STO-1 PASS virtio-blk 1 of 1 device(s) with id 0x0002"));
		assertTrue(log, log.contains("AVP-CHECK AVPS-2.0-NET-1 PASS virtio-net 1 of 1 device(s) with id 0x0001"));
		assertTrue(log, log.contains("AVP-CHECK AVPS-2.0-CONS-1 PASS virtio-console 1 of 1 device(s) with id 0x0003"));
		assertTrue(log, log.contains("AVP-CHECK AVPS-2.0-RNG-1 FAIL virtio-rng 0 of 1 device(s) with id 0x0004"));
		assertTrue("negotiated feature bits are read from sysfs: " + log, log.contains("AVP-CHECK AVPS-2.0-STO-3 PASS disk VIRTIO_BLK_F_FLUSH (bit 9)"));
		assertTrue(log, log.contains("AVP-CHECK AVPS-2.0-TRANS-2 PASS disk VIRTIO_F_VERSION_1 (bit 32)"));

		// merged into the report: static results, refined by the guest
		Path csv = work.resolve("trace.csv");
		Avp.Result report = Avp.run("report", model.toString(), "--format", "csv", "--out", csv.toString(), "--guest-results", console.toString());
		assertEquals(report.err(), 0, report.exit());
		Map<String, String> status = new LinkedHashMap<>();
		for (String row : Files.readAllLines(csv)) {
			String[] cells = row.split(",", 5);
			status.put(cells[0], cells[3]);
		}
		assertEquals("pass", status.get("AVPS-2.0-STO-1"));
		assertEquals("pass", status.get("AVPS-2.0-NET-1"));
		assertEquals("pass", status.get("AVPS-2.0-CONS-1"));
		assertEquals("the model has rng0, the guest did not get it", "fail", status.get("AVPS-2.0-RNG-1"));
		assertEquals("only the guest can tell, and it did", "pass", status.get("AVPS-2.0-HWV-3"));
		Path html = work.resolve("report.html");
		assertEquals(0, Avp.run("report", model.toString(), "--format", "html", "--out", html.toString(), "--guest-results", console.toString()).exit());
		assertTrue(Files.readString(html).contains("guest: virtio-rng <b>FAIL</b> 0 of 1 device(s) with id 0x0004"));
	}

	/** The argument list of a generated .args file: one argument per line, '#' lines are comments. */
	private static List<String> qemuArguments(Path argsFile) throws IOException {
		return Files.readAllLines(argsFile).stream().filter(l -> !l.startsWith("#")).toList();
	}

	/** Leaves one model device out of the started guest: its -device and the back-end object it uses. */
	private static List<String> withoutDevice(List<String> args, String id) {
		List<String> kept = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String option = args.get(i);
			String value = i + 1 < args.size() ? args.get(i + 1) : "";
			if (option.startsWith("-") && (value.contains("\"id\":\"" + id + "\"") || value.contains("\"id\":\"rng-" + id + "\""))) {
				i++;
				continue;
			}
			kept.add(option);
		}
		assertEquals("two arguments pairs removed", args.size() - 4, kept.size());
		return kept;
	}

	/** An initramfs (newc cpio) with busybox, the needed kernel modules in load order, and an init that runs the check. */
	private void buildInitramfs(Path check, Path modules, Path initrd) throws Exception {
		Path root = tmp.newFolder("initramfs").toPath();
		for (String dir : List.of("bin", "proc", "sys", "dev", "lib/modules")) {
			Files.createDirectories(root.resolve(dir));
		}
		Files.copy(Path.of("/bin/busybox"), root.resolve("bin/busybox"), StandardCopyOption.COPY_ATTRIBUTES);
		Files.copy(check, root.resolve("avp-check.sh"));
		List<String> order = new ArrayList<>();
		Map<String, Path> available = moduleFiles(modules);
		for (String module : MODULES) {
			load(module, available, order);
		}
		for (String module : order) {
			Files.copy(available.get(module), root.resolve("lib/modules/" + module + ".ko"));
		}
		Files.writeString(root.resolve("lib/modules/order"), String.join("\n", order) + "\n");
		Path init = root.resolve("init");
		Files.writeString(init, """
				#!/bin/busybox sh
				/bin/busybox mount -t proc proc /proc
				/bin/busybox mount -t sysfs sysfs /sys
				/bin/busybox mount -t devtmpfs devtmpfs /dev
				/bin/busybox --install -s /bin
				export PATH=/bin
				while read m; do insmod "/lib/modules/$m.ko" || echo "init: cannot load $m"; done < /lib/modules/order
				n=0; while [ ! -e /sys/class/net/eth0 ] && [ $n -lt 50 ]; do sleep 0.1; n=$((n + 1)); done
				sh /avp-check.sh
				poweroff -f
				""");
		init.toFile().setExecutable(true);
		Process cpio = new ProcessBuilder("sh", "-c", "cd \"$1\" && find . | cpio -o -H newc --quiet > \"$2\"", "cpio", root.toString(), initrd.toString())
				.redirectErrorStream(true).start();
		String out = new String(cpio.getInputStream().readAllBytes());
		assertTrue(cpio.waitFor(60, TimeUnit.SECONDS));
		assertEquals(out, 0, cpio.exitValue());
	}

	/** Dependencies first, each once; read from the module's own "depends=" entry (the package has no modules.dep). */
	private static void load(String module, Map<String, Path> available, List<String> order) throws IOException {
		module = module.replace('-', '_'); // module names use '_' where file names may use '-'
		if (order.contains(module)) {
			return;
		}
		Path file = available.get(module);
		assertTrue("kernel module " + module + " is in the Debian kernel package", file != null);
		for (String dependency : dependencies(file)) {
			load(dependency, available, order);
		}
		order.add(module);
	}

	private static List<String> dependencies(Path module) throws IOException {
		String text = new String(Files.readAllBytes(module), StandardCharsets.ISO_8859_1);
		int at = text.indexOf("\0depends=");
		if (at < 0) {
			return List.of();
		}
		String list = text.substring(at + "\0depends=".length(), text.indexOf('\0', at + 1));
		return list.isEmpty() ? List.of() : List.of(list.split(","));
	}

	private static Map<String, Path> moduleFiles(Path modules) throws IOException {
		Map<String, Path> files = new LinkedHashMap<>();
		try (Stream<Path> all = Files.walk(modules)) {
			all.filter(p -> p.toString().endsWith(".ko")).forEach(p -> files.put(p.getFileName().toString().replace(".ko", "").replace('-', '_'), p));
		}
		return files;
	}
}
