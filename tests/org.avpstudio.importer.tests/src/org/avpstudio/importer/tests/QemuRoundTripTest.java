// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.avpstudio.core.Generation;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Targets;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.internal.Json;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.Boot;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Import → .avp → QEMU target → (1) the generated start script and -readconfig file import back to the same VMs, and (2) QEMU runs the
 * generated argument list paused under TCG and its monitor (QMP) lists the same devices (kind and id; x-query-virtio: the VIRTIO device type), disk images
 * and read-only flags, MACs, vCPUs and memory as the input had — less the devices the QEMU target reports it cannot
 * express. Adapted to this machine, not to the output: disk images are made empty in a scratch folder (qemu-img),
 * shared directories are scratch folders, virtio-fs sockets are served by a virtiofsd started here, tap back-ends run
 * as user networking, kernel/initrd/dtb/firmware are not loaded (a paused guest runs no code), vhost-vsock is left
 * out (no /dev/vhost-vsock here) and a 3D GPU runs as a 2D one (this QEMU has no OpenGL module). For the fixtures and
 * every readconfig file of ../shared/corpus/qemu and .args file of ../shared/corpus/libvirt.
 */
public class QemuRoundTripTest {

	private static final Path VIRTIOFSD = Path.of("/usr/lib/qemu/virtiofsd");

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void theFixturesComeBackThroughQemu() throws Exception {
		for (String fixture : List.of("gateway.cfg", "infotainment.args", "cluster.sh")) {
			System.out.println("QemuRoundTripTest: " + fixture + ": " + roundTrip(Fixtures.resource("qemu/" + fixture)));
		}
	}

	@Test
	public void everyCorpusFileComesBackThroughQemu() throws Exception {
		long start = System.currentTimeMillis();
		List<Path> files = QemuImportTest.corpusFiles();
		for (Path file : files) {
			System.out.println("QemuRoundTripTest: " + file.getParent().getFileName() + "/" + file.getFileName() + ": " + roundTrip(file));
		}
		System.out.println("QemuRoundTripTest: " + files.size() + " corpus files through QEMU in " + (System.currentTimeMillis() - start) / 1000 + " s");
	}

	/** The round trip of one input; what QEMU could not run here, as a sentence. */
	private String roundTrip(Path input) throws Exception {
		PlatformImport.Result imported = PlatformImport.read("trip", List.of(input), null);
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.Result generated = Generation.generate(model, List.of(Targets.byName("qemu").orElseThrow()), out);
		Set<String> notExpressed = new HashSet<>();
		generated.findings().forEach(f -> notExpressed.add(EcoreUtil.getURI(f.element()).fragment()));
		List<String> notes = new ArrayList<>();
		Architecture architecture = model.platform().getHardware() == null ? Architecture.X86_64 : model.platform().getHardware().getArchitecture();
		for (VirtualMachine vm : model.platform().getVirtualMachines()) {
			List<VirtioDevice> expected = vm.getDevices().stream().filter(d -> !notExpressed.contains(EcoreUtil.getURI(d).fragment())).toList();
			if (expected.size() < vm.getDevices().size()) {
				notes.add(vm.getName() + ": not generated for QEMU: " + generated.findings().stream().map(f -> f.message()).toList());
			}
			// (1) the start script and the -readconfig file import back to the same VM
			for (String generatedFile : List.of(".sh", ".cfg")) {
				PlatformImport.Result back = PlatformImport.read("trip", List.of(out.resolve("qemu/" + vm.getName() + generatedFile)), "qemu");
				VirtualMachine again = back.platform().getVirtualMachines().get(0);
				// a readconfig file has no section for -bios: the QEMU target names it on the file's "Start with:" line
				boolean firmware = generatedFile.equals(".sh");
				assertEquals(input + " through " + generatedFile, facts(vm, expected, firmware), facts(again, again.getDevices(), firmware));
			}
			// (2) QEMU runs the argument list and has the same devices
			notes.addAll(run(vm, expected, architecture, out.resolve("qemu/" + vm.getName() + ".args")));
		}
		return notes.isEmpty() ? "same VM through QEMU" : "same VM through QEMU, except " + notes;
	}

	// what must survive the trip, as one text: name, memory, vCPUs, boot, devices by kind, disks, MACs
	private static String facts(VirtualMachine vm, List<VirtioDevice> devices, boolean firmware) {
		Boot boot = vm.getBoot() == null || vm.getBoot().getKernel() == null && !firmware ? null : vm.getBoot();
		return vm.getName() + " memory=" + vm.getMemoryMiB() + " vcpus=" + vm.getVcpus().size()
				+ " boot=" + (boot == null ? "-" : boot.getProtocol() + " " + boot.getKernel() + " " + boot.getInitrd() + " " + boot.getCommandLine() + " " + boot.getFirmware())
				+ " devices=" + devices.stream().map(d -> d.eClass().getName() + " " + d.getName()).sorted().toList()
				+ " disks=" + disks(devices) + " macs=" + devices.stream().filter(NetworkDevice.class::isInstance).map(d -> ((NetworkDevice) d).getMac()).toList();
	}

	private static Map<String, String> disks(List<VirtioDevice> devices) {
		Map<String, String> disks = new TreeMap<>();
		for (VirtioDevice d : devices) {
			if (d instanceof BlockDevice block && block.getBackend() instanceof ImageBackend image) {
				disks.put(d.getName(), image.getPath() + (block.isReadOnly() ? " ro" : " rw"));
			}
		}
		return disks;
	}

	/** Starts the generated arguments paused and compares what QMP reports with {@code expected}; returns what could not run here. */
	private List<String> run(VirtualMachine vm, List<VirtioDevice> expected, Architecture architecture, Path argsFile) throws Exception {
		List<String> notes = new ArrayList<>();
		Path scratch = tmp.newFolder().toPath();
		Map<String, String> images = new HashMap<>();
		List<Process> daemons = new ArrayList<>();
		List<String> lines = Files.readAllLines(argsFile).stream().filter(l -> !l.startsWith("#")).toList();
		List<String> args = new ArrayList<>();
		Set<String> skipped = new HashSet<>();
		try {
			for (int i = 0; i < lines.size(); i++) {
				String option = lines.get(i);
				String value = i + 1 < lines.size() ? lines.get(i + 1) : "";
				if (List.of("-kernel", "-initrd", "-append", "-dtb", "-bios").contains(option)) {
					i++;
					continue;
				}
				if (option.equals("-device") && value.contains("\"driver\":\"vhost-vsock")) {
					skipped.add(value.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1"));
					notes.add(vm.getName() + ": vhost-vsock not started (no /dev/vhost-vsock here)");
					i++;
					continue;
				}
				if (option.equals("-device") && value.contains("virtio-gpu-gl")) {
					value = value.replace("virtio-gpu-gl", "virtio-gpu");
					notes.add(vm.getName() + ": the 3D GPU started as 2D (no OpenGL in this QEMU)");
				} else if (option.equals("-blockdev")) {
					value = image(value, scratch, images);
				} else if (option.equals("-netdev") && value.contains("\"type\":\"tap\"")) {
					value = "{\"type\":\"user\",\"id\":\"" + value.replaceAll(".*\"id\":\"([^\"]+)\".*", "$1") + "\"}";
				} else if (option.equals("-fsdev")) {
					Path dir = Files.createDirectories(scratch.resolve("share" + i));
					value = value.replaceAll(",path=.*", ",path=" + dir);
				} else if (option.equals("-chardev") && value.startsWith("socket,") && value.contains(",path=")) {
					value = virtiofsd(value, scratch, daemons, i);
				}
				args.add(option);
				if (!value.isEmpty() && !value.startsWith("-") && i + 1 < lines.size()) {
					args.add(value);
					i++;
				}
			}
			String binary = "qemu-system-" + architecture.getLiteral();
			try (Started qemu = start(binary, args, scratch)) {
				Map<String, String> peripherals = new TreeMap<>();
				for (Json child : qemu.qmp.execute("qom-list", "{\"path\":\"/machine/peripheral\"}").items()) {
					String type = child.member("type").text();
					String kind = type.startsWith("child<") ? kind(type.substring(6, type.length() - 1)) : null;
					if (kind != null) {
						peripherals.put(child.member("name").text(), kind);
					}
				}
				Map<String, String> wanted = new TreeMap<>();
				expected.stream().filter(d -> !skipped.contains(d.getName())).forEach(d -> wanted.put(d.getName(), d.eClass().getName()));
				assertEquals(argsFile + ": devices", wanted, peripherals);
				// QEMU's own list of VIRTIO devices (x-query-virtio) has each as the VIRTIO device type of its kind
				Map<String, String> virtio = new TreeMap<>();
				for (Json device : qemu.qmp.execute("x-query-virtio", null).items()) {
					virtio.put(device.member("path").text().replaceFirst("^/machine/peripheral/", "").replaceAll("/.*", ""), device.member("name").text());
				}
				Map<String, String> wantedVirtio = new TreeMap<>();
				for (VirtioDevice d : expected) {
					String type = virtioType(d);
					if (!skipped.contains(d.getName()) && type != null) {
						wantedVirtio.put(d instanceof ConsoleDevice ? d.getName() + "-bus" : d.getName(), type);
					}
				}
				assertEquals(argsFile + ": x-query-virtio", wantedVirtio, virtio);
				Map<String, String> disks = new TreeMap<>();
				for (Json block : qemu.qmp.execute("query-block", null).items()) {
					Json inserted = block.member("inserted");
					String qdev = block.member("qdev") == null ? "" : block.member("qdev").text();
					// the device's id (a virtio-mmio device is the disk itself) or the path of the disk inside its PCI proxy
					if (inserted != null && (qdev.startsWith("/machine/peripheral/") || !qdev.isEmpty() && !qdev.startsWith("/"))) {
						String id = qdev.replaceFirst("^/machine/peripheral/", "").replaceAll("/.*", "");
						disks.put(id, images.getOrDefault(inserted.member("file").text(), inserted.member("file").text()) + (inserted.member("ro").isTrue() ? " ro" : " rw"));
					}
				}
				assertEquals(argsFile + ": disks", disks(expected), disks);
				for (VirtioDevice d : expected) {
					if (d instanceof NetworkDevice net && net.getMac() != null) {
						Json mac = qemu.qmp.execute("qom-get", "{\"path\":\"/machine/peripheral/" + d.getName() + "\",\"property\":\"mac\"}");
						assertEquals(argsFile + ": MAC of " + d.getName(), net.getMac().toLowerCase(), mac.text().toLowerCase());
					}
				}
				assertEquals(argsFile + ": vCPUs", vm.getVcpus().size(), qemu.qmp.execute("query-cpus-fast", null).items().size());
				assertEquals(argsFile + ": memory", (Long) (vm.getMemoryMiB() << 20), qemu.qmp.execute("query-memory-size-summary", null).member("base-memory").longValue());
			}
		} finally {
			for (Process daemon : daemons) {
				daemon.destroyForcibly();
				daemon.waitFor(5, TimeUnit.SECONDS);
			}
		}
		return notes;
	}

	/** The VIRTIO device type QEMU's x-query-virtio names for a device of the model (a console's is its virtio-serial bus); null for a device that is not VIRTIO. */
	private static String virtioType(VirtioDevice device) {
		return switch (device.eClass().getName()) {
		case "BlockDevice" -> "virtio-blk";
		case "NetworkDevice" -> "virtio-net";
		case "ConsoleDevice" -> "virtio-serial";
		case "EntropyDevice" -> "virtio-rng";
		case "GpuDevice" -> "virtio-gpu";
		case "InputDevice" -> "virtio-input";
		case "VsockDevice" -> "vhost-vsock";
		case "BalloonDevice" -> "virtio-balloon";
		case "FileSystemDevice" -> device.getBackend() instanceof org.avpstudio.model.VhostUserBackend ? "virtio-user-fs" : "virtio-9p"; // QEMU 7.2 names virtio-fs so
		case "IommuDevice" -> "virtio-iommu";
		case "CryptoDevice" -> "virtio-crypto";
		default -> null;
		};
	}

	/** The device kind of the model a QEMU device type stands for; null for what is not a device of the model (a virtio-serial bus). */
	private static String kind(String type) {
		String base = type.replaceAll("-(pci|device)$", "");
		return switch (base) {
		case "virtio-blk" -> "BlockDevice";
		case "virtio-net" -> "NetworkDevice";
		case "virtconsole" -> "ConsoleDevice";
		case "virtio-rng" -> "EntropyDevice";
		case "virtio-gpu", "virtio-gpu-gl", "virtio-vga", "virtio-vga-gl" -> "GpuDevice";
		case "virtio-keyboard", "virtio-mouse", "virtio-tablet" -> "InputDevice";
		case "vhost-vsock" -> "VsockDevice";
		case "virtio-balloon" -> "BalloonDevice";
		case "vhost-user-fs", "virtio-9p" -> "FileSystemDevice";
		case "virtio-iommu" -> "IommuDevice";
		case "virtio-crypto" -> "CryptoDevice";
		case "i6300esb", "ib700" -> "WatchdogDevice";
		case "ivshmem-plain" -> "SharedMemoryDevice";
		default -> null;
		};
	}

	// an empty image of the node's format in the scratch folder, in place of the input's path
	private static String image(String blockdev, Path scratch, Map<String, String> images) throws Exception {
		String path = blockdev.replaceAll(".*\"filename\":\"((?:[^\"\\\\]|\\\\.)*)\".*", "$1");
		String format = blockdev.contains("\"driver\":\"qcow2\"") ? "qcow2" : "raw";
		Path image = scratch.resolve("disk" + images.size() + "." + format);
		Fixtures.Run made = Fixtures.run(List.of("qemu-img", "create", "-q", "-f", format, image.toString(), "16M"));
		assertEquals(made.output(), 0, made.exit());
		images.put(image.toString(), path.replace("\\\"", "\"").replace("\\\\", "\\"));
		return blockdev.replace("\"filename\":\"" + path + "\"", "\"filename\":\"" + image + "\"");
	}

	// a virtio-fs socket: a virtiofsd serving a scratch folder listens on it
	private static String virtiofsd(String chardev, Path scratch, List<Process> daemons, int n) throws Exception {
		Path socket = scratch.resolve("fs" + n + ".sock");
		Path shared = Files.createDirectories(scratch.resolve("fs" + n));
		Process daemon = new ProcessBuilder(VIRTIOFSD.toString(), "--socket-path=" + socket, "-o", "source=" + shared, "-o", "cache=none")
				.redirectErrorStream(true).redirectOutput(scratch.resolve("fs" + n + ".log").toFile()).start();
		daemons.add(daemon);
		long deadline = System.currentTimeMillis() + 10_000;
		while (!Files.exists(socket) && daemon.isAlive() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		assertTrue("virtiofsd did not start: " + Files.readString(scratch.resolve("fs" + n + ".log")), Files.exists(socket));
		return chardev.replaceAll(",path=.*", ",path=" + socket);
	}

	private static Started start(String binary, List<String> args, Path scratch) throws Exception {
		Path socket = scratch.resolve("qmp.sock");
		List<String> command = new ArrayList<>(List.of(binary, "-accel", "tcg", "-S", "-qmp", "unix:" + socket + ",server=on,wait=off"));
		command.addAll(args);
		Path log = scratch.resolve("qemu.log");
		Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
		try {
			return new Started(process, new Qmp(socket, process));
		} catch (Exception e) {
			process.destroyForcibly();
			process.waitFor(5, TimeUnit.SECONDS);
			throw new AssertionError("QEMU did not start: " + Files.readString(log) + "\n" + command, e);
		}
	}

	private record Started(Process process, Qmp qmp) implements AutoCloseable {
		@Override
		public void close() throws Exception {
			qmp.close();
			if (!process.waitFor(10, TimeUnit.SECONDS)) {
				process.destroyForcibly();
			}
		}
	}
}
