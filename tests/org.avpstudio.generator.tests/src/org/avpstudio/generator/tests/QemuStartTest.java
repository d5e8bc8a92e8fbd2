// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.qemu.QemuTarget;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.validation.PlatformScope;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * QEMU starts the generated configurations paused (TCG, no KVM) and its monitor lists every device the model
 * declares, with its transport. Two adaptations, because of this machine and not of the output: image paths
 * point at scratch images made with qemu-img, kernel/initrd/dtb are left out (a paused guest runs no code), and
 * vhost-vsock is left out because there is no /dev/vhost-vsock here (its presence in the arguments is asserted).
 */
public class QemuStartTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void x86DevelopmentGuestStartsWithEveryDeviceOnPci() throws Exception {
		PlatformScope devbox = Generation.load(Generation.example("devbox/devbox.avp"));
		VirtualMachine tester = devbox.vms().stream().filter(vm -> vm.getName().equals("tester")).findFirst().get();
		GeneratedFile generated = Generation.generate(new QemuTarget(), devbox, "qemu/tester.args");
		List<String> args = arguments(generated);
		String pci;
		String peripherals;
		try (Started qemu = start("qemu-system-x86_64", args)) {
			peripherals = qemu.qmp.execute("{\"execute\":\"qom-list\",\"arguments\":{\"path\":\"/machine/peripheral\"}}").replace(" ", "");
			pci = qemu.qmp.execute("{\"execute\":\"query-pci\"}").replace(" ", "");
		}
		for (VirtioDevice device : tester.getDevices()) {
			String id = device.getName();
			if (device instanceof VsockDevice) {
				assertTrue(generated.content(), generated.content().contains("{\"driver\":\"vhost-vsock-pci\",\"id\":\"vsock0\",\"disable-legacy\":\"on\",\"guest-cid\":4}"));
			} else if (!device.eClass().getName().equals("GpioDevice")) {
				String expected = device.eClass().getName().equals("ConsoleDevice") ? id + "-bus" : id;
				boolean pciDevice = !device.eClass().getName().equals("ConsoleDevice") && !device.eClass().getName().equals("WatchdogDevice");
				assertTrue(id + " is a peripheral on its transport: " + peripherals, peripherals.matches(
						".*\\{\"name\":\"" + expected + "\",\"type\":\"child<[a-z0-9-]*" + (pciDevice ? "-pci" : "") + ">\"}.*"));
			}
		}
		// modern (non-transitional) virtio-pci: vendor 0x1af4 (6900), device 0x1040 + id: blk 4162, net 4161, rng 4164
		for (int deviceId : new int[] { 4162, 4161, 4164, 4163 }) {
			assertTrue("PCI device " + deviceId + " in " + pci, pci.contains("\"vendor\":6900,\"device\":" + deviceId) || pci.contains("\"device\":" + deviceId));
		}
	}

	@Test
	public void arm64ClusterGuestStartsWithItsDevicesOnVirtioMmio() throws Exception {
		PlatformScope cockpit = Generation.load(Generation.example("cockpit/cockpit.avp"));
		List<String> args = arguments(Generation.generate(new QemuTarget(), cockpit, "qemu/cluster.args"));
		String tree;
		try (Started qemu = start("qemu-system-aarch64", args)) {
			tree = qemu.qmp.execute("{\"execute\":\"human-monitor-command\",\"arguments\":{\"command-line\":\"info qtree\"}}");
		}
		for (String expected : List.of("virtio-blk-device", "virtio-gpu-device", "virtio-serial-device", "virtio-rng-device")) {
			assertTrue(expected + " on virtio-mmio in " + tree, tree.contains("dev: " + expected));
		}
		assertTrue(tree.contains("dev: virtio-mmio"));
		assertTrue("no PCI virtio device", !tree.contains("virtio-blk-pci"));
	}

	@Test
	public void readconfigFileStartsTheSameDevices() throws Exception {
		PlatformScope devbox = Generation.load(Generation.example("devbox/devbox.avp"));
		String config = Generation.generate(new QemuTarget(), devbox, "qemu/tester.cfg").content();
		assertTrue(config, config.contains("[device \"rootfs\"]\n  driver = \"virtio-blk-pci\""));
		Path image = tmp.getRoot().toPath().resolve("tester.qcow2");
		Generation.run(List.of("qemu-img", "create", "-f", "qcow2", image.toString(), "16M"), 30);
		String adapted = config.replaceAll("  (kernel|initrd) = .*\n", "").replace("/var/lib/avp/tester.qcow2", image.toString())
				.replaceAll("\n\\[device \"vsock0\"\\]\n(  .*\n)+", "\n");
		Path file = tmp.getRoot().toPath().resolve("tester.cfg");
		Files.writeString(file, adapted);
		String peripherals;
		try (Started qemu = start("qemu-system-x86_64", List.of("-readconfig", file.toString(), "-nodefaults", "-display", "none"))) {
			peripherals = qemu.qmp.execute("{\"execute\":\"qom-list\",\"arguments\":{\"path\":\"/machine/peripheral\"}}").replace(" ", "");
		}
		for (String device : List.of("rootfs\",\"type\":\"child<virtio-blk-pci>", "eth0\",\"type\":\"child<virtio-net-pci>",
				"rng0\",\"type\":\"child<virtio-rng-pci>", "viommu0\",\"type\":\"child<virtio-iommu-pci>", "hvc0\",\"type\":\"child<virtconsole>")) {
			assertTrue(device + " in " + peripherals, peripherals.contains("\"name\":\"" + device));
		}
	}

	/** The generated argument list, adapted for this machine as the class comment explains. */
	private List<String> arguments(GeneratedFile file) throws Exception {
		List<String> lines = file.content().lines().filter(l -> !l.startsWith("#")).toList();
		List<String> args = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String arg = lines.get(i);
			if (List.of("-kernel", "-initrd", "-append", "-dtb").contains(arg)) {
				i++;
				continue;
			}
			if (arg.equals("-device") && lines.get(i + 1).contains("vhost-vsock")) {
				i++;
				continue;
			}
			if (arg.contains("\"filename\":\"")) {
				String path = arg.replaceAll(".*\"filename\":\"([^\"]+)\".*", "$1");
				Path image = tmp.getRoot().toPath().resolve(Path.of(path).getFileName());
				String format = arg.contains("\"driver\":\"qcow2\"") ? "qcow2" : "raw";
				Generation.run(List.of("qemu-img", "create", "-f", format, image.toString(), "16M"), 30);
				arg = arg.replace("\"" + path + "\"", "\"" + image + "\"");
			}
			args.add(arg);
		}
		return args;
	}

	private Started start(String binary, List<String> args) throws Exception {
		Path socket = tmp.getRoot().toPath().resolve("qmp-" + System.nanoTime() + ".sock");
		List<String> command = new ArrayList<>(List.of(binary, "-accel", "tcg", "-S", "-qmp", "unix:" + socket + ",server=on,wait=off"));
		command.addAll(args);
		Path log = tmp.newFile().toPath();
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			return new Started(process, new QmpClient(socket));
		} catch (Exception e) {
			process.destroyForcibly();
			throw new AssertionError("QEMU did not start: " + Files.readString(log) + "\n" + command, e);
		}
	}

	private record Started(Process process, QmpClient qmp) implements AutoCloseable {
		@Override
		public void close() throws Exception {
			qmp.close();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}
}
