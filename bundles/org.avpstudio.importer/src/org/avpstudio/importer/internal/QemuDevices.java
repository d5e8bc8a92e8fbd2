// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.QemuGuest.Options;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Backend;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.InputDevice;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.QueueConfig;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.Transport;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogAction;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.WatchdogModel;

/**
 * The devices of one QEMU guest: each {@code -device} of a VIRTIO type (and {@code -drive if=virtio}, {@code -nic
 * model=virtio-net-pci}, {@code -virtfs}) as the VM's device of the AVP kind, following the links to its back-end
 * ({@code drive=} to a {@code -drive} or a {@code -blockdev} node chain, {@code netdev=}, {@code chardev=},
 * {@code rng=}, {@code fsdev=}) for disk images, read-only, MACs, bridges, sockets and shared directories; the
 * transport from the driver's suffix ({@code -pci}, {@code -device} for virtio-mmio) and the VIRTIO feature
 * properties the model holds. A back-end is marked used only when a mapped device reads it.
 */
final class QemuDevices {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	private static final Pattern DRIVER = Pattern.compile("(.+?)(-pci-non-transitional|-pci|-device)?", Pattern.DOTALL);

	private final VirtualMachine vm;
	private final Options options;
	private final ImportReport report;
	private final AvpNames names;

	QemuDevices(VirtualMachine vm, Options options, ImportReport report) {
		this.vm = vm;
		this.options = options;
		this.report = report;
		this.names = new AvpNames("devices of vm " + vm.getName());
	}

	void read() throws ImportException {
		for (QemuOption option : List.copyOf(options.all)) {
			switch (option.name) {
			case "device" -> device(option);
			case "drive" -> {
				if (option.takeIf("if", "virtio")) {
					BlockDevice block = AVP.createBlockDevice();
					drive(block, option);
					add(block, option, option.peek("id") != null ? option.take("id") : null, Transport.PCI);
				}
			}
			case "nic" -> nic(option);
			case "virtfs" -> virtfs(option);
			case "serial" -> serial(option);
			default -> {
			}
			}
		}
		watchdogActions();
	}

	private void device(QemuOption device) throws ImportException {
		String driver = device.peek("driver");
		if (driver.equals("isa-serial") || driver.equals("pl011")) {
			uart(device);
			return;
		}
		Matcher m = DRIVER.matcher(driver);
		m.matches();
		String base = m.group(1);
		Transport transport = "-device".equals(m.group(2)) ? Transport.MMIO : Transport.PCI;
		VirtioDevice made = switch (base) {
		case "virtio-blk" -> block(device);
		case "virtio-net" -> net(device);
		case "virtconsole" -> console(device);
		case "virtio-rng" -> rng(device);
		case "virtio-gpu", "virtio-gpu-gl", "virtio-vga", "virtio-vga-gl" -> gpu(device, base);
		case "virtio-keyboard", "virtio-mouse", "virtio-tablet" -> input(base);
		case "virtio-sound", "virtio-snd" -> AVP.createSoundDevice();
		case "vhost-vsock" -> vsock(device);
		case "virtio-balloon" -> AVP.createBalloonDevice();
		case "vhost-user-fs" -> virtiofs(device);
		case "virtio-9p" -> ninep(device);
		case "virtio-iommu" -> AVP.createIommuDevice();
		case "virtio-crypto" -> crypto(device);
		case "i6300esb", "ib700" -> watchdog(base);
		default -> null;
		};
		if (made == null) {
			device.why = why(base, driver);
			return;
		}
		if (!base.equals("virtio-vga") && !base.equals("virtio-vga-gl")) {
			device.take("driver");
		}
		if (made instanceof org.avpstudio.model.ConsoleDevice) {
			transport = consoleTransport(device);
		}
		virtioProperties(made, device);
		add(made, device, device.peek("id") != null ? device.take("id") : null, transport);
	}

	private static String why(String base, String driver) {
		if (base.equals("virtio-serial")) {
			return "a virtio-serial bus with no console on it; its ports have no place in the AVP model";
		}
		if (base.equals("virtio-scsi")) {
			return "virtio-scsi: the AVP model has no SCSI controller (its disks are virtio-blk devices)";
		}
		if (base.equals("virtserialport")) {
			return "a virtio-serial port that is not a console (e.g. a guest agent channel): no place in the AVP model";
		}
		if (driver.endsWith("-ccw")) {
			return "virtio-ccw (s390): the AVP model has the PCI and MMIO transports";
		}
		if (driver.matches("pcie-root-port|pci-bridge|pcie-pci-bridge|ioh3420|i82801b11-bridge|pxb.*|x3130-upstream|xio3130-downstream")) {
			return "PCI topology: the QEMU target lets QEMU place the devices";
		}
		if (driver.equals("vfio-pci")) {
			return "a passed-through host device: the model names it in the hardware section, which a command line does not describe";
		}
		return "'" + driver + "' is not a VIRTIO device the AVP model has";
	}

	private void add(VirtioDevice device, QemuOption option, String id, Transport transport) {
		option.used = true;
		String name = id != null ? names.unique(id, option.at("id"), report) : DeviceFacts.numberedName(device, names);
		device.setName(name);
		if (transport == Transport.MMIO) {
			device.setTransport(Transport.MMIO);
		}
		vm.getDevices().add(device);
		report.mapped(device, device.eClass().getName() + " " + name, option.at);
	}

	// what every VIRTIO device may state and the model holds: modern-only, ring features switched on, queue count and size
	private static void virtioProperties(VirtioDevice device, QemuOption option) {
		option.takeOn("disable-legacy");
		option.takeOff("disable-modern");
		feature(device, option, "packed", "VIRTIO_F_RING_PACKED");
		feature(device, option, "event_idx", "VIRTIO_F_RING_EVENT_IDX");
		feature(device, option, "indirect_desc", "VIRTIO_F_RING_INDIRECT_DESC");
		if (feature(device, option, "iommu_platform", "VIRTIO_F_ACCESS_PLATFORM")) {
			device.setBehindIommu(true);
		}
		String count = option.peek("num-queues") != null ? "num-queues" : option.peek("queues") != null ? "queues" : null;
		if (count != null && option.peek(count).matches("\\d{1,4}")) {
			QueueConfig queues = AVP.createQueueConfig();
			queues.setCount(Integer.parseInt(option.take(count)));
			if (option.peek("queue-size") != null && option.peek("queue-size").matches("\\d{1,6}")) {
				queues.setSize(Integer.parseInt(option.take("queue-size")));
			}
			device.getQueues().add(queues);
		}
	}

	private static boolean feature(VirtioDevice device, QemuOption option, String key, String feature) {
		if (option.takeOn(key)) {
			device.getFeatures().add(feature);
			return true;
		}
		return false;
	}

	// ---------------------------------------------------------------- block

	private VirtioDevice block(QemuOption device) {
		BlockDevice block = AVP.createBlockDevice();
		String ref = device.peek("drive");
		QemuOption drive = options.byKey("drive", "id", ref);
		QemuOption node = options.byKey("blockdev", "node-name", ref);
		if (drive != null) {
			device.take("drive");
			drive.take("id");
			drive.takeIf("if", "none");
			drive(block, drive);
		} else if (node != null) {
			device.take("drive");
			blockdev(block, node, options);
		}
		return block;
	}

	// -drive file=...,format=raw|qcow2,readonly=on: the image, its format, read-only
	private void drive(BlockDevice block, QemuOption drive) {
		drive.used = true;
		drive.takeIf("media", "disk");
		String path = drive.take("file");
		if (path != null) {
			ImageBackend image = AVP.createImageBackend();
			image.setPath(path);
			// no format: QEMU probes the image; its name tells a qcow2 image, else it is taken as raw
			if (drive.takeIf("format", "qcow2") || drive.peek("format") == null && path.endsWith(".qcow2")) {
				image.setFormat(ImageFormat.QCOW2);
			} else {
				drive.takeIf("format", "raw");
			}
			block.setBackend(image);
		}
		block.setReadOnly(drive.takeOn("readonly"));
		drive.takeOff("readonly");
	}

	// a -blockdev chain: a format node (raw, qcow2) over a protocol node (file, host_device) named or nested in "file"
	private static void blockdev(BlockDevice block, QemuOption node, Options options) {
		ImageBackend image = AVP.createImageBackend();
		QemuOption protocol = node;
		if (oneOf(node.peek("driver"), "raw", "qcow2") && node.has("file")) {
			image.setFormat(node.takeIf("driver", "qcow2") ? ImageFormat.QCOW2 : ImageFormat.RAW);
			node.takeIf("driver", "raw");
			protocol = node.nested("file");
			if (protocol == null) {
				protocol = options.byKey("blockdev", "node-name", node.peek("file"));
				if (protocol != null) {
					node.take("file");
					protocol.used = true;
					protocol.take("node-name");
				}
			}
			block.setReadOnly(node.takeOn("read-only"));
			node.takeOff("read-only");
		}
		node.used = true;
		node.take("node-name");
		if (protocol != null && oneOf(protocol.peek("driver"), "file", "host_device", "host_cdrom") && protocol.peek("filename") != null) {
			protocol.take("driver");
			image.setPath(protocol.take("filename"));
			block.setReadOnly(block.isReadOnly() || protocol.takeOn("read-only"));
			protocol.takeOff("read-only");
			block.setBackend(image);
		}
	}

	/** The firmware of the first flash device ({@code -pflash}, {@code -drive if=pflash}, {@code -machine pflash0=}); the second is its variable store. */
	static String flashFirmware(Options options, List<SourcePosition> at) {
		QemuOption pflash = options.named("pflash").stream().findFirst().orElse(null);
		if (pflash != null) {
			pflash.used = true;
			at.add(pflash.at);
			return pflash.take("");
		}
		List<QemuOption> drives = options.named("drive").stream().filter(d -> "pflash".equals(d.peek("if"))).toList();
		for (QemuOption drive : drives) {
			if (drive != drives.get(0) || drive.peek("file") == null) {
				drive.why = "the UEFI variable store: the model holds the firmware image only";
				continue;
			}
			drive.used = true;
			drive.take("id");
			drive.take("if");
			drive.takeIf("unit", "0");
			drive.takeIf("format", "raw");
			drive.takeOn("readonly");
			at.add(drive.at);
			return drive.take("file");
		}
		for (QemuOption machine : options.named("machine")) {
			// the second flash holds the UEFI variables: its nodes are left out as such
			for (QemuOption vars = options.byKey("blockdev", "node-name", machine.peek("pflash1")); vars != null;
					vars = vars.has("file") && !vars.equals(options.byKey("blockdev", "node-name", vars.peek("file"))) ? options.byKey("blockdev", "node-name", vars.peek("file")) : null) {
				vars.why = "the UEFI variable store: the model holds the firmware image only";
			}
			QemuOption node = options.byKey("blockdev", "node-name", machine.peek("pflash0"));
			if (node == null) {
				continue;
			}
			BlockDevice flash = AVP.createBlockDevice();
			blockdev(flash, node, options);
			if (flash.getBackend() instanceof ImageBackend image && image.getPath() != null) {
				machine.take("pflash0");
				at.add(machine.at("pflash0"));
				return image.getPath();
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- network

	private VirtioDevice net(QemuOption device) {
		NetworkDevice net = AVP.createNetworkDevice();
		net.setMac(device.take("mac"));
		QemuOption netdev = options.byKey("netdev", "id", device.peek("netdev"));
		if (netdev != null) {
			device.take("netdev");
			netdev.take("id");
			net.setBackend(netBackend(netdev));
		}
		return net;
	}

	// user networking, a tap interface (its name, or the bridge QEMU's helper adds it to), a vhost-user socket
	private Backend netBackend(QemuOption netdev) {
		netdev.used = true;
		if (netdev.takeIf("type", "user")) {
			return AVP.createUserNetworkBackend();
		}
		if (netdev.takeIf("type", "tap")) {
			TapBackend tap = AVP.createTapBackend();
			tap.setIfname(netdev.take("ifname"));
			tap.setBridge(netdev.take("br"));
			netdev.takeIf("script", "no");
			netdev.takeIf("downscript", "no");
			return tap;
		}
		if (netdev.takeIf("type", "bridge")) {
			TapBackend tap = AVP.createTapBackend();
			tap.setBridge(netdev.peek("br") == null ? "br0" : netdev.take("br"));
			return tap;
		}
		if ("vhost-user".equals(netdev.peek("type"))) {
			String socket = socketPath(netdev.peek("chardev"));
			if (socket != null) {
				netdev.take("type");
				netdev.take("chardev");
				VhostUserBackend vhost = AVP.createVhostUserBackend();
				vhost.setSocket(socket);
				return vhost;
			}
		}
		netdev.used = false;
		return null;
	}

	// -nic TYPE,model=virtio-net-pci,mac=...: a back-end and its VIRTIO network device in one option
	private void nic(QemuOption nic) {
		String model = nic.peek("model");
		if (model == null || !List.of("virtio", "virtio-net-pci", "virtio-net-device").contains(model)) {
			nic.why = model == null ? "a network card of the machine's default model, not virtio-net" : "a network card that is not virtio-net (model=" + model + ")";
			return;
		}
		NetworkDevice net = AVP.createNetworkDevice();
		nic.take("model");
		net.setMac(nic.take("mac"));
		Backend backend = netBackend(nic);
		net.setBackend(backend);
		add(net, nic, nic.peek("id") != null ? nic.take("id") : null, model.endsWith("-device") ? Transport.MMIO : Transport.PCI);
	}

	// ---------------------------------------------------------------- character devices

	private VirtioDevice console(QemuOption device) {
		QemuOption chardev = options.byKey("chardev", "id", device.peek("chardev"));
		if (chardev != null && chardev.takeIf("backend", "pty")) {
			device.take("chardev");
			chardev.used = true;
			chardev.take("id");
		}
		return AVP.createConsoleDevice();
	}

	// a console sits on a virtio-serial bus (bus=ID.0, else the only one): the bus's transport is the console's
	private Transport consoleTransport(QemuOption console) {
		String bus = console.peek("bus");
		List<QemuOption> buses = options.named("device").stream().filter(d -> d.peek("driver").startsWith("virtio-serial")).toList();
		QemuOption serial = bus == null ? (buses.size() == 1 ? buses.get(0) : null)
				: buses.stream().filter(d -> bus.equals(d.id() + ".0")).findFirst().orElse(null);
		if (serial == null) {
			return Transport.PCI;
		}
		console.take("bus");
		serial.used = true;
		serial.take("driver");
		serial.take("id");
		serial.takeOn("disable-legacy");
		return serial.peek("driver").endsWith("-device") ? Transport.MMIO : Transport.PCI;
	}

	private String socketPath(String chardevId) {
		QemuOption chardev = options.byKey("chardev", "id", chardevId);
		if (chardev == null || !chardev.takeIf("backend", "socket") || chardev.peek("path") == null) {
			return null;
		}
		chardev.used = true;
		chardev.take("id");
		return chardev.take("path");
	}

	// -serial (a chardev, pty, stdio) or an isa-serial/pl011 device: the VM's emulated UART
	private void serial(QemuOption serial) {
		String target = serial.peek("");
		if (target == null || target.equals("none")) {
			return;
		}
		serial.used = true;
		serial.take("");
		vm.setEmulatedUart(true);
		if (target.startsWith("chardev:")) {
			QemuOption chardev = options.byKey("chardev", "id", target.substring("chardev:".length()));
			if (chardev != null && chardev.takeIf("backend", "pty")) {
				chardev.used = true;
				chardev.take("id");
			}
		}
	}

	private void uart(QemuOption device) {
		device.used = true;
		device.take("driver");
		device.take("id");
		vm.setEmulatedUart(true);
		QemuOption chardev = options.byKey("chardev", "id", device.peek("chardev"));
		if (chardev != null && chardev.takeIf("backend", "pty")) {
			device.take("chardev");
			chardev.used = true;
			chardev.take("id");
		}
	}

	// ---------------------------------------------------------------- other devices

	// rng-random (its file) or rng-builtin (QEMU's own non-blocking source, as urandom); no rng= is rng-builtin
	private VirtioDevice rng(QemuOption device) {
		EntropyDevice rng = AVP.createEntropyDevice();
		QemuOption object = options.byKey("object", "id", device.peek("rng"));
		if (object != null && (object.takeIf("qom-type", "rng-random") || object.takeIf("qom-type", "rng-builtin"))) {
			device.take("rng");
			object.used = true;
			object.take("id");
			rng.setSource(DeviceFacts.entropySource(object.peek("filename") == null ? "/dev/urandom" : object.take("filename")));
		}
		return rng;
	}

	private VirtioDevice gpu(QemuOption device, String base) {
		GpuDevice gpu = AVP.createGpuDevice();
		if (base.endsWith("-gl")) {
			gpu.setMode(GpuMode.MODE_3D);
		}
		String outputs = device.peek("max_outputs");
		if (outputs != null && outputs.matches("\\d{1,2}")) {
			gpu.setScanouts(Integer.parseInt(device.take("max_outputs")));
		}
		return gpu;
	}

	private static VirtioDevice input(String base) {
		InputDevice input = AVP.createInputDevice();
		input.setKind(DeviceFacts.inputKind(base.substring("virtio-".length())));
		return input;
	}

	private static VirtioDevice vsock(QemuOption device) {
		VsockDevice vsock = AVP.createVsockDevice();
		String cid = device.peek("guest-cid");
		vsock.setGuestCid(cid != null && cid.matches("\\d{1,10}") ? Long.parseLong(device.take("guest-cid")) : 3);
		return vsock;
	}

	private VirtioDevice virtiofs(QemuOption device) {
		FileSystemDevice fs = AVP.createFileSystemDevice();
		fs.setTag(device.peek("tag") == null ? "" : device.take("tag"));
		String socket = socketPath(device.peek("chardev"));
		if (socket != null) {
			device.take("chardev");
			VhostUserBackend daemon = AVP.createVhostUserBackend();
			daemon.setSocket(socket);
			fs.setBackend(daemon);
		}
		return fs;
	}

	private VirtioDevice ninep(QemuOption device) {
		FileSystemDevice fs = AVP.createFileSystemDevice();
		fs.setProtocol(FileSystemProtocol.NINE_P);
		fs.setTag(device.peek("mount_tag") == null ? "" : device.take("mount_tag"));
		QemuOption fsdev = options.byKey("fsdev", "id", device.peek("fsdev"));
		if (fsdev != null && fsdev.peek("path") != null && fsdev.takeIf("fsdriver", "local")) {
			device.take("fsdev");
			fsdev.used = true;
			fsdev.take("id");
			hostPath(fs, fsdev);
		}
		return fs;
	}

	private static void hostPath(FileSystemDevice fs, QemuOption fsdev) {
		HostPathBackend host = AVP.createHostPathBackend();
		host.setPath(fsdev.take("path"));
		fs.setBackend(host);
		fs.setReadOnly(fsdev.takeOn("readonly"));
		fsdev.takeOff("readonly");
	}

	// -virtfs local,path=DIR,mount_tag=TAG: a 9p back-end and its device in one option
	private void virtfs(QemuOption virtfs) {
		if (!virtfs.takeIf("fsdriver", "local") || virtfs.peek("path") == null || virtfs.peek("mount_tag") == null) {
			virtfs.why = "a 9p share that is not a local directory";
			return;
		}
		FileSystemDevice fs = AVP.createFileSystemDevice();
		fs.setProtocol(FileSystemProtocol.NINE_P);
		fs.setTag(virtfs.take("mount_tag"));
		hostPath(fs, virtfs);
		add(fs, virtfs, virtfs.peek("id") != null ? virtfs.take("id") : null, Transport.PCI);
	}

	private VirtioDevice crypto(QemuOption device) {
		QemuOption object = options.byKey("object", "id", device.peek("cryptodev"));
		if (object != null && object.takeIf("qom-type", "cryptodev-backend-builtin")) {
			device.take("cryptodev");
			object.used = true;
			object.take("id");
		}
		return AVP.createCryptoDevice();
	}

	private static VirtioDevice watchdog(String base) {
		WatchdogDevice watchdog = AVP.createWatchdogDevice();
		watchdog.setModel(WatchdogModel.get(base));
		return watchdog;
	}

	// -action watchdog=ACTION or -watchdog-action ACTION: what the VM's watchdog does on expiry
	private void watchdogActions() {
		List<WatchdogDevice> watchdogs = vm.getDevices().stream().filter(WatchdogDevice.class::isInstance).map(WatchdogDevice.class::cast).toList();
		if (watchdogs.isEmpty()) {
			return;
		}
		for (QemuOption option : options.all) {
			String key = option.name.equals("action") ? "watchdog" : option.name.equals("watchdog-action") ? "" : null;
			WatchdogAction action = key == null ? null : DeviceFacts.watchdogAction(option.peek(key));
			if (action != null) {
				option.used = true;
				option.take(key);
				watchdogs.forEach(w -> w.setAction(action));
			}
		}
	}

	// a value that may be absent (null) is one of these
	private static boolean oneOf(String value, String... choices) {
		return value != null && List.of(choices).contains(value);
	}
}
