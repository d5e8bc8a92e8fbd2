// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;

/**
 * One QEMU guest (a command line or a readconfig file) as a VM: name, memory, vCPUs, boot, the architecture of the
 * platform's hardware (from the binary or the machine type), the hypervisor kvm-qemu; its devices through
 * {@link QemuDevices}. Every option and property nothing was made of is reported left out with its place and why.
 */
final class QemuGuest {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	private static final long QEMU_DEFAULT_MIB = 128;
	private static final long MAX_MIB = 1L << 44;
	// QEMU's largest vCPU count (x86 with an x2APIC)
	private static final Pattern SIZE = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([bBkKmMgGtT]?)[iI]?[bB]?");
	// why a whole option has no place, for the options QEMU command lines commonly carry
	private static final Map<String, String> WHY = Map.ofEntries(
			Map.entry("S", "starts the guest paused: how QEMU is run, not part of the platform"),
			Map.entry("nodefaults", "QEMU's default devices: the QEMU target always writes -nodefaults"),
			Map.entry("no-user-config", "QEMU's user configuration files: the QEMU target always writes -no-user-config"),
			Map.entry("display", "the display: the QEMU target runs the guest headless (-display none)"),
			Map.entry("nographic", "the display: the QEMU target runs the guest headless (-display none)"),
			Map.entry("vga", "an emulated graphics card: not a VIRTIO device"),
			Map.entry("uuid", "the guest's UUID: no place in the AVP model"),
			Map.entry("rtc", "the guest clock: no place in the AVP model"),
			Map.entry("sandbox", "QEMU's seccomp sandbox: how QEMU is run, not part of the platform"),
			Map.entry("msg", "QEMU's message format: how QEMU is run, not part of the platform"),
			Map.entry("overcommit", "memory locking: no place in the AVP model"),
			Map.entry("mon", "a QEMU monitor: how QEMU is run, not part of the platform"),
			Map.entry("qmp", "a QEMU monitor: how QEMU is run, not part of the platform"),
			Map.entry("monitor", "a QEMU monitor: how QEMU is run, not part of the platform"),
			Map.entry("no-shutdown", "what QEMU does when the guest powers off: no place in the AVP model"),
			Map.entry("no-reboot", "what QEMU does when the guest reboots: no place in the AVP model"),
			Map.entry("boot", "the boot order: no place in the AVP model"),
			Map.entry("global", "a default property of a QEMU device type: no place in the AVP model"),
			Map.entry("numa", "NUMA nodes: no place in the AVP model"),
			Map.entry("audiodev", "a host audio back-end: no place in the AVP model"),
			Map.entry("cpu", "the CPU model: no place in the AVP model (the QEMU target writes -cpu max on Arm and RISC-V, QEMU's default on x86)"),
			Map.entry("accel", "TCG emulation: the model's hypervisor is kvm-qemu (the generated script takes QEMU_ACCEL=tcg)"),
			Map.entry("readconfig", "a configuration file read by QEMU: import that file itself"),
			Map.entry("watchdog-action", "a watchdog action without a watchdog device"),
			Map.entry("action", "an action without a device it applies to"),
			Map.entry("chardev", "a character device no mapped device uses"),
			Map.entry("netdev", "a network back-end no VIRTIO network device uses"),
			Map.entry("drive", "a drive no VIRTIO block device uses"),
			Map.entry("blockdev", "a block node no VIRTIO block device uses"),
			Map.entry("fsdev", "a file system back-end no VIRTIO file system device uses"),
			Map.entry("object", "a QEMU object no mapped device uses"),
			Map.entry("machine", "machine properties: no place in the AVP model"),
			Map.entry("m", "memory options: no place in the AVP model"),
			Map.entry("serial", "a serial port the model has no place for"),
			Map.entry("snapshot", "throw-away disk writes: no place in the AVP model"),
			Map.entry("hda", "a disk on the machine's default interface (IDE): not a VIRTIO disk"),
			Map.entry("hdb", "a disk on the machine's default interface (IDE): not a VIRTIO disk"),
			Map.entry("cdrom", "a CD-ROM on the machine's default interface: not a VIRTIO disk"),
			Map.entry("net", "QEMU's legacy -net option (a hub, a card of the machine's default model): not read; -nic or -netdev with a virtio-net device is"),
			Map.entry("usb", "a USB controller: not a VIRTIO device"),
			Map.entry("usbdevice", "a USB device: not a VIRTIO device"),
			Map.entry("device", "not a VIRTIO device the AVP model has"));
	// why a property of a mapped option has no place
	private static final Map<String, String> WHY_KEY = Map.ofEntries(
			Map.entry("bus", "device placement: the QEMU target lets QEMU place the device"),
			Map.entry("addr", "PCI address: the QEMU target lets QEMU assign it"),
			Map.entry("multifunction", "PCI address: the QEMU target lets QEMU assign it"),
			Map.entry("bootindex", "the boot order: no place in the AVP model"),
			Map.entry("sockets", "CPU topology: the model counts vCPUs only"),
			Map.entry("cores", "CPU topology: the model counts vCPUs only"),
			Map.entry("threads", "CPU topology: the model counts vCPUs only"),
			Map.entry("dies", "CPU topology: the model counts vCPUs only"),
			Map.entry("clusters", "CPU topology: the model counts vCPUs only"),
			Map.entry("maxcpus", "CPU hot-plug: the model has a fixed set of vCPUs"),
			Map.entry("maxmem", "memory hot-plug: the model has a fixed memory size"),
			Map.entry("slots", "memory hot-plug: the model has a fixed memory size"),
			Map.entry("packed", "a VIRTIO feature switched off: the model lists the features a device offers"),
			Map.entry("event_idx", "a VIRTIO feature switched off: the model lists the features a device offers"),
			Map.entry("indirect_desc", "a VIRTIO feature switched off: the model lists the features a device offers"),
			Map.entry("iommu_platform", "a VIRTIO feature switched off: the model lists the features a device offers"),
			Map.entry("disable-legacy", "a transitional (legacy) VIRTIO device: the model's devices are modern VIRTIO 1.x"),
			Map.entry("disable-modern", "a legacy-only VIRTIO device: the model's devices are modern VIRTIO 1.x"),
			Map.entry("queue-size", "a queue size without a queue count: the model's queue setting has both"),
			Map.entry("machine.accel", "TCG emulation: the model's hypervisor is kvm-qemu (the generated script takes QEMU_ACCEL=tcg)"),
			Map.entry("device.driver", "the VGA-compatible variant: the QEMU target writes virtio-gpu-pci"),
			Map.entry("audiodev", "a host audio back-end: no place in the AVP model"),
			Map.entry("streams", "the number of sound streams: the model's streams have a direction, which QEMU does not say"),
			Map.entry("vhostfd", "a file descriptor handed over by the caller: how QEMU is run, not part of the platform"),
			Map.entry("security_model", "how 9p maps file ownership: the QEMU target writes mapped-xattr"),
			Map.entry("machine.type", "the machine type: the QEMU target writes q35 on x86 and virt on Arm and RISC-V"),
			Map.entry("machine.pflash1", "the UEFI variable store: the model holds the firmware image only"));

	private final Platform platform;
	private final ImportReport report;
	private final Path file;
	private final AvpNames vmNames = new AvpNames("VM names of the platform");

	QemuGuest(Platform platform, ImportReport report, Path file) {
		this.platform = platform;
		this.report = report;
		this.file = file;
		platform.getVirtualMachines().forEach(v -> vmNames.taken(v.getName()));
	}

	void read(QemuInput.Guest guest) throws ImportException {
		Options options = new Options(guest.options());
		VirtualMachine vm = AVP.createVirtualMachine();
		QemuOption name = options.last("name");
		String wanted = name != null && name.peek("guest") != null ? name.take("guest") : stem(file);
		if (name != null && name.has("guest")) {
			name.used = true;
		}
		SourcePosition at = name != null && name.used ? name.at("guest") : guest.start();
		vm.setName(vmNames.unique(wanted, at, report));
		platform.getVirtualMachines().add(vm);
		report.mapped(vm, "vm " + vm.getName(), at);
		if (!Hypervisors.of(platform, HypervisorKind.KVM_QEMU, guest.start(), report)) {
			report.leftOut(guest.start(), guest.program() == null ? file.getFileName().toString() : guest.program().text(),
					"a QEMU guest in a platform whose hypervisor is " + platform.getHypervisor().getKind().getLiteral());
		}
		Architecture architecture = architecture(guest, options);
		machine(options, architecture);
		memory(options, vm);
		vcpus(options, vm);
		boot(options, vm);
		new QemuDevices(vm, options, report).read();
		for (QemuOption option : options.all) {
			option.report(report, WHY.getOrDefault(option.name, "no place in the AVP model"), key -> WHY_KEY.getOrDefault(option.name + "." + key, WHY_KEY.getOrDefault(key, "no place in the AVP model")));
		}
	}

	/** The options of one guest, by name. */
	static final class Options {
		final List<QemuOption> all;

		Options(List<QemuOption> all) {
			this.all = all;
		}

		List<QemuOption> named(String name) {
			return all.stream().filter(o -> o.name.equals(name)).toList();
		}

		QemuOption last(String name) {
			List<QemuOption> named = named(name);
			return named.isEmpty() ? null : named.get(named.size() - 1);
		}

		/** The option {@code name} whose {@code key} (its id, a node name) is {@code value}. */
		QemuOption byKey(String name, String key, String value) {
			return value == null ? null : all.stream().filter(o -> o.name.equals(name) && value.equals(o.peek(key))).findFirst().orElse(null);
		}
	}

	// qemu-system-ARCH names it; else the machine type: q35/pc on x86, virt on Arm (the one the model's Arm platforms use)
	private Architecture architecture(QemuInput.Guest guest, Options options) {
		Architecture architecture = null;
		SourcePosition at = guest.start();
		if (guest.program() != null) {
			Matcher m = QemuInput.QEMU_PROGRAM.matcher(guest.program().text());
			if (m.matches()) {
				architecture = m.group(2) == null ? Architecture.X86_64 : Architecture.get(m.group(2));
				if (architecture == null) {
					report.leftOut(at, guest.program().text(), "an architecture the AVP model has not (x86_64, aarch64, riscv64)");
				}
			}
		} else {
			QemuOption machine = options.last("machine");
			String type = machine == null ? null : machine.peek("type");
			if (type != null && (type.equals("q35") || type.startsWith("pc") || type.equals("microvm"))) {
				architecture = Architecture.X86_64;
			} else if (type != null && type.startsWith("virt")) {
				architecture = Architecture.AARCH64;
			}
			at = machine == null ? at : machine.at("type");
		}
		if (architecture != null && !new HostHardware(platform, report).architecture(architecture, at)) {
			report.leftOut(at, architecture.getLiteral(), "a guest of another architecture than the platform's hardware (" + platform.getHardware().getArchitecture().getLiteral() + ")");
		}
		return architecture == null ? Architecture.X86_64 : architecture;
	}

	private void machine(Options options, Architecture architecture) {
		for (QemuOption machine : options.named("machine")) {
			machine.used = true;
			String expected = architecture == Architecture.X86_64 ? "q35" : "virt";
			machine.takeIf("type", expected);
			machine.takeIf("accel", "kvm");
			if (architecture == Architecture.AARCH64) {
				machine.takeIf("gic-version", "3");
			}
		}
		for (QemuOption accel : options.named("accel")) {
			accel.used = accel.takeIf("accel", "kvm");
		}
		options.named("enable-kvm").forEach(o -> o.used = true);
		for (QemuOption cpu : options.named("cpu")) {
			cpu.used = architecture != Architecture.X86_64 && cpu.takeIf("model", "max");
		}
	}

	private void memory(Options options, VirtualMachine vm) throws ImportException {
		QemuOption m = options.last("m");
		long mib = QEMU_DEFAULT_MIB;
		if (m != null && m.peek("size") != null) {
			m.used = true;
			mib = mebibytes(m.take("size"), m.at("size"));
			if (m.peek("maxmem") != null && mebibytes(m.peek("maxmem"), m.at("maxmem")) == mib) {
				m.take("maxmem");
			}
		}
		vm.setMemoryMiB(mib);
		// -machine memory-backend=ID: the guest's RAM as an object of the same size
		for (QemuOption machine : options.named("machine")) {
			QemuOption backend = options.byKey("object", "id", machine.peek("memory-backend"));
			if (backend != null && backend.peek("qom-type").equals("memory-backend-ram") && backend.peek("size") != null
					&& bytes(backend.peek("size"), backend.at("size"), "b").compareTo(BigDecimal.valueOf(mib).multiply(BigDecimal.valueOf(1 << 20))) == 0) {
				machine.take("memory-backend");
				backend.used = true;
				backend.take("qom-type");
				backend.take("id");
				backend.take("size");
			}
		}
	}

	/** A QEMU size ({@code 512}, {@code 512M}, {@code 2G}, {@code 219136k}) in whole MiB, rounded up; MiB when no suffix. */
	static long mebibytes(String size, SourcePosition at) throws ImportException {
		BigDecimal mib = bytes(size, at, "m").divide(BigDecimal.valueOf(1 << 20), 0, RoundingMode.CEILING);
		if (mib.compareTo(BigDecimal.valueOf(MAX_MIB)) > 0) {
			throw new ImportException(at.exact() + ": '" + size + "' is more memory than a guest can have (16 EiB)");
		}
		return mib.longValueExact();
	}

	private static BigDecimal bytes(String size, SourcePosition at, String defaultUnit) throws ImportException {
		Matcher m = SIZE.matcher(size.strip());
		if (!m.matches() || m.group(1).length() > 18) {
			throw new ImportException(at.exact() + ": '" + size + "' is not a size; write a number with an optional suffix (512M, 2G)");
		}
		String unit = m.group(2).isEmpty() ? defaultUnit : m.group(2).toLowerCase();
		int shift = "bkmgt".indexOf(unit) * 10;
		return new BigDecimal(m.group(1)).multiply(BigDecimal.valueOf(2).pow(shift)).setScale(0, RoundingMode.CEILING);
	}

	private void vcpus(Options options, VirtualMachine vm) throws ImportException {
		QemuOption smp = options.last("smp");
		int count = 1;
		if (smp != null && smp.peek("cpus") != null) {
			String cpus = smp.take("cpus");
			if (!cpus.matches("\\d{1,4}") || Integer.parseInt(cpus) == 0) {
				throw new ImportException(smp.at("cpus").exact() + ": '" + cpus + "' is not a vCPU count; write -smp 2 or -smp cpus=2");
			}
			count = Integer.parseInt(cpus);
			smp.used = true;
			if (String.valueOf(count).equals(smp.peek("maxcpus"))) {
				smp.take("maxcpus");
			}
		}
		if (smp != null && smp.peek("cpus") == null) {
			// -smp sockets=2,cores=2: QEMU counts their product; the topology itself stays unread
			for (String part : List.of("sockets", "dies", "clusters", "cores", "threads")) {
				String n = smp.peek(part);
				if (n != null && n.matches("\\d{1,3}") && Integer.parseInt(n) > 0) {
					count *= Integer.parseInt(n);
					smp.used = true;
				}
			}
		}
		if (count > GuestParts.MAX_VCPUS) {
			throw new ImportException(smp.at.exact() + ": " + count + " vCPUs; QEMU runs at most " + GuestParts.MAX_VCPUS);
		}
		for (int i = 0; i < count; i++) {
			VirtualCpu cpu = AVP.createVirtualCpu();
			cpu.setIndex(i);
			vm.getVcpus().add(cpu);
		}
	}

	// -kernel/-initrd/-append/-dtb (or the same in [machine]) boot Linux directly; else -bios or a first flash firmware boots UEFI
	private void boot(Options options, VirtualMachine vm) {
		Boot boot = AVP.createBoot();
		List<SourcePosition> at = new ArrayList<>();
		boot.setKernel(value(options, "kernel", at));
		if (boot.getKernel() != null) {
			boot.setInitrd(value(options, "initrd", at));
			boot.setCommandLine(value(options, "append", at));
			boot.setDeviceTree(value(options, "dtb", at));
			boot.setProtocol(BootProtocol.LINUX_DIRECT);
		} else {
			String firmware = value(options, "bios", at);
			if (firmware == null) {
				firmware = value(options, "firmware", at);
			}
			if (firmware == null) {
				firmware = QemuDevices.flashFirmware(options, at);
			}
			if (firmware == null) {
				return;
			}
			boot.setFirmware(firmware);
			boot.setProtocol(firmware.toLowerCase().contains("u-boot") ? BootProtocol.UBOOT : BootProtocol.UEFI);
		}
		vm.setBoot(boot);
		report.mapped(boot, "boot " + boot.getProtocol().getLiteral(), at.get(0));
	}

	// -kernel FILE or [machine] kernel = "FILE"
	private static String value(Options options, String name, List<SourcePosition> at) {
		QemuOption option = options.last(name);
		if (option != null) {
			option.used = true;
			at.add(option.at);
			return option.take("");
		}
		for (QemuOption machine : options.named("machine")) {
			if (machine.peek(name) != null) {
				at.add(machine.at(name));
				return machine.take(name);
			}
		}
		return null;
	}

	private static String stem(Path file) {
		return file.getFileName().toString().replaceFirst("\\.(cfg|conf|args|sh)$", "");
	}
}
