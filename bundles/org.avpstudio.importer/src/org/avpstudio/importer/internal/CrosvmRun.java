// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.CrosvmOptions.KeyValue;
import org.avpstudio.importer.internal.ShellWords.Word;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.BalloonDevice;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.InputKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VideoDevice;
import org.avpstudio.model.CodecDirection;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;

/**
 * One {@code crosvm run} command as one VM: its options checked against crosvm's (an unknown option, an option missing
 * its value or a value crosvm would refuse is an error at {@code file:line:column}), then mapped: vCPUs, memory,
 * pinning, boot (the kernel positional or {@code --kernel}, {@code --initrd}, {@code --params}, {@code --bios}), disks,
 * network, vsock, consoles, GPU, input, shared directories, sound, video, vhost-user devices and VFIO pass-through.
 * crosvm gives every VM a virtio-rng and a virtio-balloon unless {@code --no-rng}/{@code --no-balloon}; they are
 * modelled. Every option or key with no place in the model is reported as left out with its line.
 */
final class CrosvmRun {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	private static final long MAX_MIB = 1L << 32;
	private static final Map<String, InputKind> INPUTS = Map.of("keyboard", InputKind.KEYBOARD, "mouse", InputKind.MOUSE, "multi-touch",
			InputKind.TOUCHSCREEN, "single-touch", InputKind.TOUCHSCREEN, "rotary", InputKind.ROTARY);

	/** An option as given: its name (no dashes), the word naming it and its value (null for a switch). */
	private record Option(String name, Word word, Word value) {
		String text() {
			return "--" + name + (value == null ? "" : " " + value.text());
		}
	}

	private final CrosvmImporter.RunCommand command;
	private final String wanted;
	private final Platform platform;
	private final ImportReport report;
	private final GuestParts guest;
	private final List<Option> options = new ArrayList<>();
	private Word kernel;
	private NetworkDevice hostNet;

	CrosvmRun(CrosvmImporter.RunCommand command, String wanted, Platform platform, ImportReport report) {
		this.command = command;
		this.wanted = wanted;
		this.platform = platform;
		this.report = report;
		this.guest = new GuestParts(platform, report);
	}

	void read() throws ImportException {
		split();
		Option name = last("name");
		VirtualMachine vm = guest.add(name != null ? name.value().text() : wanted, command.at());
		if (!Hypervisors.of(platform, HypervisorKind.CROSVM, command.at(), report)) {
			report.leftOut(command.at(), "crosvm run", "a crosvm guest in a platform whose hypervisor is " + platform.getHypervisor().getKind().getLiteral());
		}
		for (Word global : command.globals()) {
			report.leftOut(global.at(), "crosvm " + global.text(), "crosvm's own option (logging), not the VM's");
		}
		cpus(last("cpus"));
		memory(last("mem"));
		for (Option option : options) {
			map(option);
		}
		if (options.stream().noneMatch(o -> o.name().equals("no-rng"))) {
			guest.device(AVP.createEntropyDevice(), null, "rng", command.at());
		}
		if (options.stream().noneMatch(o -> o.name().equals("no-balloon"))) {
			BalloonDevice balloon = guest.device(AVP.createBalloonDevice(), null, "balloon", command.at());
			if (last("balloon-page-reporting") != null) {
				balloon.getFeatures().add("VIRTIO_BALLOON_F_PAGE_REPORTING");
			}
		} else if (last("balloon-page-reporting") != null) {
			report.leftOut(last("balloon-page-reporting").word().at(), "--balloon-page-reporting", "the VM has no balloon (--no-balloon)");
		}
		boot(vm);
	}

	// the words into options and the kernel; errors for what crosvm's argument parser refuses
	private void split() throws ImportException {
		List<Word> words = command.arguments();
		boolean positionalOnly = false;
		for (int k = 0; k < words.size(); k++) {
			Word word = words.get(k);
			String text = word.text();
			String name = null;
			Word inline = null;
			if (!positionalOnly && text.equals("--")) {
				positionalOnly = true;
				continue;
			}
			if (!positionalOnly && text.startsWith("--") && text.length() > 2) {
				int eq = text.indexOf('=');
				name = eq < 0 ? text.substring(2) : text.substring(2, eq);
				if (eq >= 0) {
					inline = new Word(text.substring(eq + 1), CrosvmOptions.shift(word.at(), eq + 1), word.expands());
				}
			} else if (!positionalOnly && text.startsWith("-") && text.length() > 1) {
				name = text.length() == 2 ? CrosvmOptions.SHORT.get(text.charAt(1)) : null;
				if (name == null) {
					throw new ImportException(word.at().exact() + ": unknown crosvm run option '" + text + "'");
				}
			}
			if (name == null) {
				if (kernel != null) {
					throw new ImportException(word.at().exact() + ": crosvm run takes one kernel; '" + kernel.text() + "' was given, then '" + text + "'");
				}
				kernel = word;
				continue;
			}
			if (!CrosvmOptions.known(name)) {
				throw new ImportException(word.at().exact() + ": unknown crosvm run option '--" + name + "'");
			}
			if (CrosvmOptions.SWITCHES.contains(name)) {
				if (inline != null) {
					throw new ImportException(inline.at().exact() + ": '--" + name + "' takes no value");
				}
				options.add(new Option(name, word, null));
				continue;
			}
			if (inline == null) {
				if (k + 1 >= words.size() || words.get(k + 1).text().startsWith("--") && words.get(k + 1).text().length() > 2) {
					throw new ImportException(word.at().exact() + ": '" + text + "' needs a value");
				}
				inline = words.get(++k);
			}
			options.add(new Option(name, word, inline));
		}
	}

	private Option last(String name) {
		Option found = null;
		for (Option option : options) {
			if (option.name().equals(name)) {
				found = option;
			}
		}
		return found;
	}

	private void cpus(Option cpus) throws ImportException {
		long count = 1; // crosvm's default
		if (cpus != null) {
			List<KeyValue> items = keyValues(cpus);
			for (KeyValue item : items) {
				if (item == items.get(0) && item.value() == null || item.key().equals("num-cores")) {
					count = number(item.value() == null ? item.key() : item.value(), item.at(), "--cpus", 1, GuestParts.MAX_VCPUS);
				} else {
					leftOut(item, "--cpus", "the model has a vCPU count, no clusters, core types or boot CPU");
				}
			}
		}
		guest.vcpus((int) count);
	}

	private void memory(Option mem) throws ImportException {
		long mib = 256; // crosvm's default
		if (mem != null) {
			List<KeyValue> items = keyValues(mem);
			for (KeyValue item : items) {
				if (item == items.get(0) && item.value() == null || item.key().equals("size")) {
					mib = number(item.value() == null ? item.key() : item.value(), item.at(), "--mem", 1, MAX_MIB);
				} else {
					leftOut(item, "--mem", "no place in the AVP model");
				}
			}
		}
		guest.vm.setMemoryMiB(mib);
	}

	private void map(Option option) throws ImportException {
		Word value = option.value();
		switch (option.name()) {
		case "cpus", "mem", "name", "kernel", "initrd", "bios" -> {
			// read above, or by boot(): the last one counts
			Option taken = last(option.name());
			if (taken != option) {
				report.leftOut(option.word().at(), option.text(), "given again at line " + taken.word().at().line() + "; the last one is taken");
			}
		}
		case "no-rng", "no-balloon", "params", "balloon-page-reporting" -> {
			// read by read() and boot()
		}
		case "cpu-affinity" -> affinity(option);
		case "block", "disk", "rwdisk", "root", "rwroot", "qcow", "rwqcow" -> disk(option);
		case "net" -> net(option);
		case "tap-name", "tap-fd" -> {
			NetworkDevice net = guest.device(AVP.createNetworkDevice(), null, "net", option.word().at());
			if (option.name().equals("tap-name")) {
				net.setBackend(tap(literal(value)));
			} else {
				report.leftOut(value.at(), option.text(), "a tap opened by the caller (file descriptor); the model names the tap");
			}
		}
		case "host-ip", "netmask", "mac" -> hostNetwork(option);
		case "vsock", "cid" -> vsock(option);
		case "serial" -> serial(option);
		case "gpu" -> gpu(option);
		case "display-window-keyboard", "display-window-mouse" -> {
			guest.device(AVP.createInputDevice(), null, "input", option.word().at())
					.setKind(option.name().endsWith("keyboard") ? InputKind.KEYBOARD : InputKind.MOUSE);
		}
		case "input" -> input(option);
		case "keyboard", "mouse", "multi-touch", "single-touch", "rotary" -> {
			guest.device(AVP.createInputDevice(), null, "input", option.word().at()).setKind(INPUTS.get(option.name()));
			report.leftOut(value.at(), option.text(), "the host socket the events come from; the model's input device has no host end");
		}
		case "shared-dir" -> sharedDir(option);
		case "sound", "virtio-snd", "ac97", "cras-snd" -> sound(option);
		case "video-decoder", "video-encoder" -> {
			VideoDevice video = guest.device(AVP.createVideoDevice(), null, "video", option.word().at());
			video.setDirection(option.name().endsWith("encoder") ? CodecDirection.ENCODER : CodecDirection.DECODER);
			report.leftOut(value.at(), option.text(), "the model's video device has no back-end choice");
		}
		case "vhost-user" -> vhostUser(option);
		case "vhost-user-blk", "vhost-user-net", "vhost-user-fs", "vhost-user-console", "vhost-user-snd", "vhost-user-gpu", "vhost-user-vsock" ->
			legacyVhostUser(option);
		case "vfio" -> vfio(option);
		case "cfg" -> report.leftOut(option.word().at(), option.text(), "further options in a JSON file crosvm reads at start; the import does not read it");
		case "evdev" -> report.leftOut(option.word().at(), option.text(), "a host input device passed through as it is; its kind is the host's, the model's input device needs one");
		default -> report.leftOut(option.word().at(), option.text(), "no place in the AVP model");
		}
	}

	// 0=1:1=2 pins vCPU 0 to host CPU 1, ...; a host CPU list without '=' is every vCPU's set
	private void affinity(Option option) throws ImportException {
		String text = option.value().text();
		if (!text.contains("=")) {
			report.leftOut(option.value().at(), option.text(), "one host CPU set for all vCPUs; the model pins each vCPU to one core");
			return;
		}
		int offset = 0;
		for (String pair : text.split(":", -1)) {
			SourcePosition at = CrosvmOptions.shift(option.value().at(), offset);
			offset += pair.length() + 1;
			int eq = pair.indexOf('=');
			if (eq <= 0) {
				throw new ImportException(at.exact() + ": '--cpu-affinity' takes VCPU=HOST_CPUS pairs separated by ':', found '" + pair + "'");
			}
			long vcpu = number(pair.substring(0, eq), at, "--cpu-affinity", 0, GuestParts.MAX_VCPUS - 1);
			String hosts = pair.substring(eq + 1);
			if (!hosts.matches("\\d{1,5}") || !guest.pin(vcpu, Long.parseLong(hosts), at)) {
				if (!hosts.matches("[0-9,\\-]+")) {
					throw new ImportException(CrosvmOptions.shift(at, eq + 1).exact() + ": '--cpu-affinity' takes host CPUs as numbers and ranges, found '" + hosts + "'");
				}
				report.leftOut(at, "--cpu-affinity " + pair, !hosts.matches("\\d{1,5}") ? "the model pins a vCPU to one host core"
						: vcpu >= guest.vm.getVcpus().size() ? "the VM has no vCPU " + vcpu
								: "no hardware section is known to hold the host cores (import the host's libvirt domain with it)");
			}
		}
	}

	private void disk(Option option) throws ImportException {
		List<KeyValue> items = keyValues(option);
		String name = option.name();
		boolean readOnly = name.equals("disk") || name.equals("root") || name.equals("qcow");
		boolean root = name.equals("root") || name.equals("rwroot");
		String path = null;
		String id = null;
		List<KeyValue> rest = new ArrayList<>();
		for (int i = 0; i < items.size(); i++) {
			KeyValue item = items.get(i);
			if (i == 0 && item.value() == null || item.key().equals("path")) {
				path = item.value() == null ? item.key() : item.value();
			} else if (item.key().equals("ro")) {
				readOnly = bool(item, "--" + name);
			} else if (item.key().equals("root")) {
				root = bool(item, "--" + name);
			} else if (item.key().equals("id")) {
				id = item.value();
			} else {
				rest.add(item);
			}
		}
		if (path == null || path.isEmpty()) {
			throw new ImportException(option.value().at().exact() + ": '--" + name + "' needs the image path (first, or path=)");
		}
		BlockDevice block = guest.device(AVP.createBlockDevice(), id, "disk", option.word().at());
		ImageBackend image = AVP.createImageBackend();
		image.setPath(path);
		if (name.endsWith("qcow")) {
			image.setFormat(org.avpstudio.model.ImageFormat.QCOW2);
		}
		block.setBackend(image);
		block.setReadOnly(readOnly);
		literal(option.value());
		if (root) {
			report.leftOut(option.value().at(), "--" + name + " (root)", "crosvm adds root=/dev/vdX to the kernel command line for it; the model's command line does not say so");
		}
		for (KeyValue item : rest) {
			leftOut(item, "--" + name, "no place in the AVP model");
		}
	}

	private void net(Option option) throws ImportException {
		NetworkDevice net = guest.device(AVP.createNetworkDevice(), null, "net", option.word().at());
		for (KeyValue item : keyValues(option)) {
			switch (item.key()) {
			case "tap-name" -> net.setBackend(tap(item.value()));
			case "mac" -> net.setMac(mac(item.value(), item.at()));
			case "host-ip", "netmask" -> leftOut(item, "--net", "the host's address on the tap; the model's tap back-end has an interface name and a bridge only");
			case "tap-fd" -> leftOut(item, "--net", "a tap opened by the caller (file descriptor); the model names the tap");
			default -> leftOut(item, "--net", "no place in the AVP model");
			}
		}
	}

	// crosvm's older --host-ip/--netmask/--mac make one network device with a tap crosvm creates
	private void hostNetwork(Option option) throws ImportException {
		if (hostNet == null) {
			hostNet = guest.device(AVP.createNetworkDevice(), null, "net", option.word().at());
		}
		NetworkDevice net = hostNet;
		if (option.name().equals("mac")) {
			net.setMac(mac(option.value().text(), option.value().at()));
		} else {
			report.leftOut(option.value().at(), option.text(), "the host's address on the tap; the model's tap back-end has an interface name and a bridge only");
		}
	}

	private void vsock(Option option) throws ImportException {
		VsockDevice vsock = guest.device(AVP.createVsockDevice(), null, "vsock", option.word().at());
		List<KeyValue> items = keyValues(option);
		for (KeyValue item : items) {
			if (item == items.get(0) && item.value() == null || item.key().equals("cid")) {
				vsock.setGuestCid(number(item.value() == null ? item.key() : item.value(), item.at(), "--" + option.name(), 3, 0xFFFF_FFFEL));
			} else {
				leftOut(item, "--vsock", "no place in the AVP model");
			}
		}
		if (vsock.getGuestCid() == 0) {
			throw new ImportException(option.value().at().exact() + ": '--vsock' needs the guest CID (cid=N)");
		}
	}

	private void serial(Option option) throws ImportException {
		List<KeyValue> items = keyValues(option);
		String hardware = "serial";
		for (KeyValue item : items) {
			if (item.key().equals("hardware")) {
				hardware = item.value() == null ? "" : item.value();
				if (!List.of("serial", "virtio-console", "legacy-virtio-console", "debugcon").contains(hardware)) {
					throw new ImportException(item.at().exact() + ": '--serial hardware=" + hardware + "': crosvm takes serial, virtio-console, legacy-virtio-console or debugcon");
				}
			}
		}
		if (hardware.equals("serial")) {
			guest.vm.setEmulatedUart(true);
		} else if (hardware.endsWith("virtio-console")) {
			guest.device(AVP.createConsoleDevice(), null, "console", option.word().at());
		} else {
			report.leftOut(option.value().at(), option.text(), "a debug console port; the model has none");
			return;
		}
		for (KeyValue item : items) {
			if (!item.key().equals("hardware")) {
				leftOut(item, "--serial", "the host end or port number of the console; the model has none");
			}
		}
	}

	private void gpu(Option option) throws ImportException {
		GpuDevice gpu = guest.device(AVP.createGpuDevice(), null, "gpu", option.word().at());
		for (KeyValue item : keyValues(option)) {
			if (item.key().equals("backend")) {
				String backend = String.valueOf(item.value());
				switch (backend) {
				case "2d", "2D" -> gpu.setMode(GpuMode.MODE_2D);
				case "virglrenderer", "gfxstream", "3d", "3D" -> gpu.setMode(GpuMode.MODE_3D);
				default -> throw new ImportException(item.at().exact() + ": '--gpu backend=" + backend + "': crosvm takes 2d, virglrenderer or gfxstream");
				}
			} else {
				leftOut(item, "--gpu", "the model's GPU has a 2D/3D mode and a scanout count, no display size or renderer options");
			}
		}
	}

	// --input KIND[key=value,...]
	private void input(Option option) throws ImportException {
		String text = option.value().text();
		int bracket = text.indexOf('[');
		String kind = bracket < 0 ? text : text.substring(0, bracket);
		InputKind mapped = INPUTS.get(kind);
		if (!List.of("keyboard", "mouse", "multi-touch", "single-touch", "rotary", "switches", "trackpad", "evdev", "custom",
				"multi-touch-trackpad").contains(kind)) {
			throw new ImportException(option.value().at().exact() + ": '--input " + kind + "': crosvm takes keyboard, mouse, multi-touch, single-touch, rotary, switches, trackpad, evdev or custom");
		}
		if (mapped == null) {
			report.leftOut(option.value().at(), option.text(), "the model's input kinds are keyboard, mouse, tablet, touchscreen, buttons and rotary");
			return;
		}
		guest.device(AVP.createInputDevice(), null, "input", option.word().at()).setKind(mapped);
		if (bracket >= 0) {
			report.leftOut(option.value().at(), option.text(), "the host socket and geometry of the input device; the model has none");
		}
	}

	// PATH:TAG[:type=fs|p9][:key=value...]
	private void sharedDir(Option option) throws ImportException {
		String[] parts = option.value().text().split(":", -1);
		if (parts.length < 2 || parts[0].isEmpty() || parts[1].isEmpty()) {
			throw new ImportException(option.value().at().exact() + ": '--shared-dir' takes PATH:TAG[:type=fs|p9][:...], found '" + option.value().text() + "'");
		}
		FileSystemDevice fs = guest.device(AVP.createFileSystemDevice(), null, "fs", option.word().at());
		HostPathBackend host = AVP.createHostPathBackend();
		host.setPath(parts[0]);
		fs.setBackend(host);
		fs.setTag(parts[1]);
		fs.setProtocol(FileSystemProtocol.NINE_P); // crosvm's default type
		literal(option.value());
		int offset = parts[0].length() + parts[1].length() + 2;
		for (int i = 2; i < parts.length; i++) {
			SourcePosition at = CrosvmOptions.shift(option.value().at(), offset);
			offset += parts[i].length() + 1;
			if (parts[i].startsWith("type=")) {
				switch (parts[i].substring(5)) {
				case "fs" -> fs.setProtocol(FileSystemProtocol.VIRTIO_FS);
				case "p9" -> fs.setProtocol(FileSystemProtocol.NINE_P);
				default -> throw new ImportException(at.exact() + ": '--shared-dir " + parts[i] + "': crosvm takes type=fs or type=p9");
				}
			} else if (!parts[i].isEmpty()) {
				report.leftOut(at, "--shared-dir " + parts[i], "the model's shared directory has a path, tag and protocol only");
			}
		}
	}

	private void sound(Option option) {
		guest.device(AVP.createSoundDevice(), null, "sound", option.word().at());
		report.leftOut(option.value().at(), option.text(), "the sound back-end (host audio server or socket); the model's sound device lists streams only");
	}

	// type=KIND,socket=PATH
	private void vhostUser(Option option) throws ImportException {
		String type = null;
		String socket = null;
		List<KeyValue> items = keyValues(option);
		for (int i = 0; i < items.size(); i++) {
			KeyValue item = items.get(i);
			if (item.key().equals("type") || i == 0 && item.value() == null) {
				type = item.value() == null ? item.key() : item.value();
			} else if (item.key().equals("socket")) {
				socket = item.value();
			} else {
				leftOut(item, "--vhost-user", "no place in the AVP model");
			}
		}
		if (type == null || socket == null) {
			throw new ImportException(option.value().at().exact() + ": '--vhost-user' needs type=KIND and socket=PATH");
		}
		vhostUserDevice(type, socket, option);
	}

	private void legacyVhostUser(Option option) throws ImportException {
		String type = option.name().substring("vhost-user-".length());
		String socket = option.value().text();
		if (type.equals("fs")) {
			String[] parts = socket.split(":", 2);
			if (parts.length < 2) {
				throw new ImportException(option.value().at().exact() + ": '--vhost-user-fs' takes SOCKET:TAG, found '" + socket + "'");
			}
			FileSystemDevice fs = guest.device(AVP.createFileSystemDevice(), null, "fs", option.word().at());
			fs.setTag(parts[1]);
			fs.setProtocol(FileSystemProtocol.VIRTIO_FS);
			fs.setBackend(vhostUser(parts[0]));
			return;
		}
		vhostUserDevice(type, socket, option);
	}

	private void vhostUserDevice(String type, String socket, Option option) throws ImportException {
		VirtioDevice device = switch (type) {
		case "block", "blk" -> AVP.createBlockDevice();
		case "net" -> AVP.createNetworkDevice();
		case "console" -> AVP.createConsoleDevice();
		case "gpu" -> AVP.createGpuDevice();
		case "snd", "sound" -> AVP.createSoundDevice();
		case "rng" -> AVP.createEntropyDevice();
		case "scmi" -> AVP.createScmiDevice();
		case "video-decoder" -> AVP.createVideoDevice();
		case "mac80211-hwsim" -> AVP.createWifiDevice();
		case "fs", "vsock", "wl", "wayland", "pmem" -> null;
		default -> throw new ImportException(option.value().at().exact() + ": '--" + option.name() + "': unknown vhost-user device type '" + type + "'");
		};
		if (device == null) {
			report.leftOut(option.value().at(), option.text(), type.equals("fs") ? "the mount tag is the back-end's; the model's virtio-fs device needs its tag"
					: type.equals("vsock") ? "the guest CID is the back-end's; the model's vsock device needs its CID" : "the model has no " + type + " device");
			return;
		}
		guest.device(device, null, type.replace('-', '_'), option.word().at()).setBackend(vhostUser(socket));
	}

	private void vfio(Option option) throws ImportException {
		List<KeyValue> items = keyValues(option);
		String path = items.isEmpty() ? null : items.get(0).value() == null ? items.get(0).key() : items.get(0).value();
		String address = GuestParts.pciAddress(path);
		if (address == null) {
			report.leftOut(option.value().at(), option.text(), "the model passes through PCI devices named by their address (/sys/bus/pci/devices/DDDD:BB:DD.F)");
			return;
		}
		if (!guest.passThrough(address, option.word().at())) {
			report.leftOut(option.value().at(), option.text(), "no hardware section is known to hold the host device (import the host's libvirt domain with it)");
			return;
		}
		for (KeyValue item : items.subList(1, items.size())) {
			leftOut(item, "--vfio", "no place in the AVP model");
		}
	}

	private void boot(VirtualMachine vm) throws ImportException {
		Option kernelOption = last("kernel");
		Word image = kernelOption != null ? kernelOption.value() : kernel;
		Option bios = last("bios");
		Option initrd = last("initrd");
		List<String> params = new ArrayList<>();
		for (Option option : options) {
			if (option.name().equals("params")) {
				params.add(literal(option.value()).strip());
			}
		}
		if (image == null && bios == null) {
			if (initrd != null || !params.isEmpty()) {
				report.leftOut(command.at(), "--initrd/--params", "no kernel to boot with them");
			}
			return;
		}
		Boot boot = AVP.createBoot();
		if (image != null) {
			boot.setProtocol(BootProtocol.LINUX_DIRECT);
			boot.setKernel(literal(image));
			if (bios != null) {
				report.leftOut(bios.value().at(), bios.text(), "the model boots either a kernel or firmware; the kernel is taken");
			}
		} else {
			boot.setProtocol(BootProtocol.UEFI);
			boot.setFirmware(literal(bios.value()));
		}
		if (initrd != null) {
			boot.setInitrd(literal(initrd.value()));
		}
		if (!params.isEmpty()) {
			boot.setCommandLine(String.join(" ", params));
		}
		vm.setBoot(boot);
		report.mapped(boot, "boot " + boot.getProtocol().getLiteral(), image != null ? image.at() : bios.value().at());
	}

	/** The word's text as written; a word the shell would expand or a glob is reported: taken as written, not as it runs. */
	private String literal(Word word) {
		if (word.expands() || word.text().contains("*")) {
			report.leftOut(word.at(), "'" + word.text() + "'", (word.expands() ? "holds a shell expansion" : "is a shell glob")
					+ " the import does not evaluate; taken as written");
		}
		return word.text();
	}

	private List<KeyValue> keyValues(Option option) throws ImportException {
		return CrosvmOptions.keyValues(option.value().text(), option.value().at());
	}

	private void leftOut(KeyValue item, String option, String why) {
		report.leftOut(item.at(), option + " " + item.key() + (item.value() == null ? "" : "=" + item.value()), why);
	}

	private static long number(String text, SourcePosition at, String option, long min, long max) throws ImportException {
		if (!text.matches("\\d{1,19}")) {
			throw new ImportException(at.exact() + ": '" + option + "' takes a whole number, found '" + text + "'");
		}
		long value;
		try {
			value = Long.parseLong(text);
		} catch (NumberFormatException e) {
			value = Long.MAX_VALUE;
		}
		if (value < min || value > max) {
			throw new ImportException(at.exact() + ": '" + option + "' is " + text + "; it takes a whole number from " + min + " to " + max);
		}
		return value;
	}

	private static boolean bool(KeyValue item, String option) throws ImportException {
		if (item.value() == null || item.value().equals("true")) {
			return true;
		}
		if (item.value().equals("false")) {
			return false;
		}
		throw new ImportException(item.at().exact() + ": '" + option + " " + item.key() + "' takes true or false, found '" + item.value() + "'");
	}

	private static String mac(String text, SourcePosition at) throws ImportException {
		if (text == null || !text.matches("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")) {
			throw new ImportException(at.exact() + ": not a MAC address (six hex pairs separated by ':'): '" + text + "'");
		}
		return text;
	}

	private static TapBackend tap(String name) {
		TapBackend tap = AVP.createTapBackend();
		tap.setIfname(name);
		return tap;
	}

	private static VhostUserBackend vhostUser(String socket) {
		VhostUserBackend backend = AVP.createVhostUserBackend();
		backend.setSocket(socket);
		return backend;
	}
}
