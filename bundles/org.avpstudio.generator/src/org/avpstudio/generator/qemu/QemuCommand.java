// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.qemu;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Json;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.model.*;

/**
 * The QEMU command line of one VM, as an argument list. Devices, block devices, network back-ends and objects
 * use QEMU's JSON option syntax, so names and paths from the model stay values and can never add options.
 */
final class QemuCommand {

	static final String TARGET = "qemu";

	private final VirtualMachine vm;
	private final Architecture architecture;
	private final GenerationContext context;
	private final List<String> args = new ArrayList<>();
	private final List<QemuOption> options = new ArrayList<>();

	/** One option as given: its name and either a JSON object or a QEMU key=value string. */
	record QemuOption(String name, Json json, String text) {
	}

	QemuCommand(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		this.vm = vm;
		this.architecture = architecture;
		this.context = context;
	}

	String binary() {
		return switch (architecture) {
		case X86_64 -> "qemu-system-x86_64";
		case AARCH64 -> "qemu-system-aarch64";
		case RISCV64 -> "qemu-system-riscv64";
		};
	}

	List<String> build() {
		add("-name", "guest=" + Names.id(vm.getName()));
		add("-machine", switch (architecture) {
		case X86_64 -> "q35";
		case AARCH64 -> "virt,gic-version=3";
		case RISCV64 -> "virt";
		});
		if (architecture != Architecture.X86_64) {
			add("-cpu", "max");
		}
		add("-m", vm.getMemoryMiB() + "M");
		add("-smp", String.valueOf(Math.max(1, vm.getVcpus().size())));
		add("-nodefaults");
		add("-no-user-config");
		add("-display", "none");
		if (vm.isEmulatedUart()) {
			add("-chardev", "pty,id=uart");
			add("-serial", "chardev:uart"); // 16550 on q35, PL011 on virt
		}
		boot();
		for (VirtioDevice device : vm.getDevices()) {
			if (context.emits(TARGET, device)) {
				device(device);
			}
		}
		for (HostDevice host : vm.getPassthrough()) {
			passthrough(host);
		}
		return args;
	}

	private void boot() {
		Boot boot = vm.getBoot();
		if (boot == null) {
			return;
		}
		switch (boot.getProtocol()) {
		case LINUX_DIRECT -> {
			optional("-kernel", boot.getKernel());
			optional("-initrd", boot.getInitrd());
			optional("-append", boot.getCommandLine());
			optional("-dtb", boot.getDeviceTree());
		}
		case UEFI, UBOOT -> optional("-bios", boot.getFirmware());
		}
	}

	private void device(VirtioDevice device) {
		String id = Names.id(device.getName());
		Transport transport = device.effectiveTransport();
		if (transport == Transport.MMIO && architecture == Architecture.X86_64) {
			context.unsupported(TARGET, device, "'" + device.getName() + "': the q35 machine has no virtio-mmio transport; generated as virtio-pci");
			transport = Transport.PCI;
		}
		String suffix = transport == Transport.PCI ? "-pci" : "-device";
		if (device instanceof BlockDevice block) {
			if (block.getBackend() instanceof ImageBackend image) {
				Json file = Json.object().put("driver", "file").put("filename", image.getPath()).put("read-only", block.isReadOnly());
				add("-blockdev", Json.object().put("driver", image.getFormat().getLiteral()).put("node-name", "blk-" + id)
						.put("read-only", block.isReadOnly()).put("file", file));
				virtio("virtio-blk" + suffix, id, transport, Json.object().put("drive", "blk-" + id));
			} else {
				context.unsupported(TARGET, device, "block device '" + device.getName() + "' has no image back-end; QEMU needs a file");
			}
		} else if (device instanceof NetworkDevice net) {
			Json netdev = net.getBackend() instanceof TapBackend tap
					? Json.object().put("type", "tap").put("id", "net-" + id).put("ifname", emptyToNull(tap.getIfname()))
							.put("script", "no").put("downscript", "no")
					: Json.object().put("type", "user").put("id", "net-" + id);
			if (net.getBackend() instanceof VhostUserBackend || net.getBackend() instanceof DriverVmBackend) {
				context.unsupported(TARGET, device, "network device '" + net.getName() + "': vhost-user and driver-VM back-ends are not generated for QEMU; user networking is used");
			}
			add("-netdev", netdev);
			virtio("virtio-net" + suffix, id, transport, Json.object().put("netdev", "net-" + id).put("mac", emptyToNull(net.getMac())));
		} else if (device instanceof ConsoleDevice) {
			add("-chardev", "pty,id=ch-" + id);
			virtio("virtio-serial" + suffix, id + "-bus", transport, Json.object());
			add("-device", Json.object().put("driver", "virtconsole").put("id", id).put("chardev", "ch-" + id).put("bus", id + "-bus.0"));
		} else if (device instanceof EntropyDevice rng) {
			String source = rng.getSource() == EntropySource.HOST_RANDOM ? "/dev/random" : "/dev/urandom";
			add("-object", Json.object().put("qom-type", "rng-random").put("id", "rng-" + id).put("filename", source));
			virtio("virtio-rng" + suffix, id, transport, Json.object().put("rng", "rng-" + id));
		} else if (device instanceof GpuDevice gpu) {
			String driver = gpu.getMode() == GpuMode.MODE_3D ? "virtio-gpu-gl" : "virtio-gpu";
			virtio(driver + suffix, id, transport, Json.object().put("max_outputs", gpu.getScanouts()));
		} else if (device instanceof InputDevice input) {
			String kind = switch (input.getKind()) {
			case MOUSE -> "virtio-mouse";
			case TABLET, TOUCHSCREEN -> "virtio-tablet";
			default -> "virtio-keyboard";
			};
			virtio(kind + suffix, id, transport, Json.object());
		} else if (device instanceof CryptoDevice) {
			add("-object", Json.object().put("qom-type", "cryptodev-backend-builtin").put("id", "cry-" + id));
			virtio("virtio-crypto" + suffix, id, transport, Json.object().put("cryptodev", "cry-" + id));
		} else if (device instanceof IommuDevice) {
			if (transport == Transport.PCI) {
				virtio("virtio-iommu-pci", id, transport, Json.object());
			} else {
				context.unsupported(TARGET, device, "virtio-iommu '" + device.getName() + "' is only available over PCI in QEMU");
			}
		} else if (device instanceof VsockDevice vsock) {
			virtio("vhost-vsock" + suffix, id, transport, Json.object().put("guest-cid", vsock.getGuestCid()));
		} else if (device instanceof BalloonDevice) {
			virtio("virtio-balloon" + suffix, id, transport, Json.object());
		} else if (device instanceof FileSystemDevice fs) {
			fileSystem(fs, id, transport, suffix);
		} else if (device instanceof WatchdogDevice watchdog) {
			watchdog(watchdog, id);
		} else if (device instanceof SharedMemoryDevice shm && shm.getRegion() != null && transport == Transport.PCI) {
			String region = Names.id(shm.getRegion().getName());
			add("-object", Json.object().put("qom-type", "memory-backend-file").put("id", "shm-" + region)
					.put("mem-path", "/dev/shm/avp-" + region).put("size", shm.getRegion().getSizeMiB() * 1024 * 1024).put("share", true));
			add("-device", Json.object().put("driver", "ivshmem-plain").put("id", id).put("memdev", "shm-" + region));
		} else {
			context.unsupported(TARGET, device, "'" + device.getName() + "' (" + device.eClass().getName()
					+ ") has no QEMU 7.2 device model over " + transport.getLiteral() + "; it is not in the generated command line");
		}
	}

	private void fileSystem(FileSystemDevice fs, String id, Transport transport, String suffix) {
		if (fs.getProtocol() == FileSystemProtocol.NINE_P && fs.getBackend() instanceof HostPathBackend host) {
			add("-fsdev", "local,id=fs-" + id + ",security_model=mapped-xattr,path=" + commaEscaped(host.getPath())
					+ (fs.isReadOnly() ? ",readonly=on" : ""));
			virtio("virtio-9p" + suffix, id, transport, Json.object().put("fsdev", "fs-" + id).put("mount_tag", fs.getTag()));
		} else if (fs.getBackend() instanceof VhostUserBackend daemon) {
			add("-chardev", "socket,id=fs-" + id + ",path=" + commaEscaped(daemon.getSocket()));
			virtio("vhost-user-fs" + suffix, id, transport, Json.object().put("chardev", "fs-" + id).put("tag", fs.getTag()));
		} else {
			context.unsupported(TARGET, fs, "share '" + fs.getName() + "': QEMU needs a virtiofsd socket (backend vhost-user) for virtio-fs, or protocol 9p with a host-path");
		}
	}

	private void watchdog(WatchdogDevice watchdog, String id) {
		if (watchdog.getModel() == WatchdogModel.I6300ESB && architecture == Architecture.X86_64) {
			add("-device", Json.object().put("driver", "i6300esb").put("id", id));
			add("-action", "watchdog=" + switch (watchdog.getAction()) {
			case RESET_VM -> "reset";
			case POWER_OFF_VM -> "poweroff";
			case NOTIFY -> "inject-nmi";
			case NONE -> "none";
			});
		} else {
			context.unsupported(TARGET, watchdog, "watchdog '" + watchdog.getName() + "' (" + watchdog.getModel().getLiteral()
					+ ") has no QEMU device model on " + architecture.getLiteral());
		}
	}

	private void passthrough(HostDevice host) {
		String address = host.getAddress();
		if (Names.isPciAddress(address)) {
			add("-device", Json.object().put("driver", "vfio-pci").put("host", address).put("id", Names.id(host.getName())));
		} else {
			context.unsupported(TARGET, host, "host device '" + host.getName() + "' has no PCI address; QEMU passes through PCI devices only");
		}
	}

	private void virtio(String driver, String id, Transport transport, Json properties) {
		Json device = Json.object().put("driver", driver).put("id", id);
		// vhost-user-fs-pci is modern-only in QEMU and has no disable-legacy property (QEMU refuses it)
		if (transport == Transport.PCI && !driver.equals("vhost-user-fs-pci")) {
			device.put("disable-legacy", "on");
		}
		properties.members().forEach(device::put);
		add("-device", device);
	}

	private void add(String... values) {
		args.addAll(List.of(values));
		for (int i = 0; i < values.length; i += 2) {
			options.add(new QemuOption(values[i], null, i + 1 < values.length ? values[i + 1] : null));
		}
	}

	private void add(String option, Json json) {
		args.add(option);
		args.add(json.toString());
		options.add(new QemuOption(option, json, null));
	}

	/** The options in order, for renderers other than the command line (the -readconfig file). */
	List<QemuOption> options() {
		return options;
	}

	private void optional(String option, String value) {
		if (value != null && !value.isBlank()) {
			add(option, value);
		}
	}

	private static String emptyToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/** QEMU's key=value option syntax escapes a comma by doubling it. */
	static String commaEscaped(String value) {
		return value.replace(",", ",,");
	}
}
