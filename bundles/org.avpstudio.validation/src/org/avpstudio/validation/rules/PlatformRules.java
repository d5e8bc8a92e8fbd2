package org.avpstudio.validation.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.avpstudio.model.*;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.Checks;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;

/** Rules about the platform as a whole: conformance claim, hardware support, memory, boot, transports. */
final class PlatformRules {

	private PlatformRules() {
	}

	@Checks("AVPS-2.0-CONF-1")
	static final class ConformanceClaimRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			Platform main = platform.main();
			if (platform.parts().stream().allMatch(p -> p.getAvpsVersion() == null || p.getAvpsVersion().isBlank())) {
				findings.report("AVPS-2.0-CONF-1", main, "platform '" + main.getName() + "' does not say which AVPS version it claims",
						"Add: avps \"2.0\"", Fixes.of("Claim AVPS 2.0", e -> ((Platform) e).setAvpsVersion("2.0")));
			}
		}
	}

	@Checks({ "AVPS-2.0-EMU-1", "AVPS-2.0-EMU-3" })
	static final class EmulatedDeviceRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (Platform part : platform.parts()) {
				for (EmulatedDevice device : part.getEmulatedDevices()) {
					findings.report("AVPS-2.0-EMU-1", device, "'" + device.getName() + "' (" + device.getCompatible()
							+ ") is an emulated device where a VIRTIO device may do", "Replace it by the VIRTIO device of the same function, or waive with the reason");
					if (device.getDocumentation() == null || device.getDocumentation().isBlank()) {
						findings.report("AVPS-2.0-EMU-3", device, "emulated device '" + device.getName() + "' does not say where its behaviour is documented",
								"Add: documented \"<document or URL>\"");
					}
				}
			}
		}
	}

	@Checks("AVPS-2.0-HWV-1")
	static final class HardwareVirtualizationRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			platform.hardware().ifPresent(hw -> {
				List<VirtualizationFeature> needed = switch (hw.getArchitecture()) {
				case AARCH64 -> List.of(VirtualizationFeature.ARM_EL2, VirtualizationFeature.GIC_VIRTUAL_INTERRUPTS,
						VirtualizationFeature.ARCH_TIMER_VIRTUAL);
				case X86_64 -> hw.getVirtualizationFeatures().contains(VirtualizationFeature.AMD_V) ? List.of(VirtualizationFeature.AMD_V)
						: List.of(VirtualizationFeature.VTX);
				case RISCV64 -> List.of(VirtualizationFeature.RISCV_HEXTENSION);
				};
				for (VirtualizationFeature feature : needed) {
					if (!hw.getVirtualizationFeatures().contains(feature)) {
						findings.report("AVPS-2.0-HWV-1", hw, "hardware '" + hw.getName() + "' does not list " + feature.getLiteral()
								+ ": guests would fall back to emulation", "Add " + feature.getLiteral() + " to its virtualization features if the SoC has it");
					}
				}
			});
		}
	}

	@Checks("AVPS-2.0-HWV-2")
	static final class MemoryIsolationRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			List<VirtualMachine> placed = platform.vms().stream().filter(VirtualMachine::isSetMemoryBase).toList();
			for (int i = 0; i < placed.size(); i++) {
				for (int j = i + 1; j < placed.size(); j++) {
					VirtualMachine a = placed.get(i);
					VirtualMachine b = placed.get(j);
					if (a.getMemoryBase() < b.getMemoryBase() + b.getMemoryMiB() && b.getMemoryBase() < a.getMemoryBase() + a.getMemoryMiB()) {
						findings.report("AVPS-2.0-HWV-2", b, "memory of VM '" + b.getName() + "' overlaps memory of VM '" + a.getName() + "'",
								"Move one of them (at ...) or share memory through a declared shared-memory region");
					}
				}
			}
			platform.hardware().filter(hw -> hw.getMemoryMiB() > 0).ifPresent(hw -> {
				long total = platform.vms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum();
				if (total > hw.getMemoryMiB()) {
					findings.report("AVPS-2.0-HWV-2", hw, "the VMs need " + total + " MiB but hardware '" + hw.getName() + "' has "
							+ hw.getMemoryMiB() + " MiB: memory cannot be isolated", "Reduce VM memory or correct the hardware memory size");
				}
			});
		}
	}

	@Checks({ "AVPS-2.0-BOOT-1", "AVPS-2.0-BOOT-3", "AVPS-2.0-BOOT-4" })
	static final class BootRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (VirtualMachine vm : platform.vms()) {
				Boot boot = vm.getBoot();
				if (boot == null) {
					continue;
				}
				if (boot.getProtocol() == BootProtocol.UBOOT) {
					findings.report("AVPS-2.0-BOOT-1", boot, "VM '" + vm.getName() + "' loads its OS with U-Boot but without an EBBR/UEFI environment",
							"Boot with uefi (EBBR), or waive with the reason");
				}
				boolean acpi = boot.isSetHardwareDescription() && boot.getHardwareDescription() == HardwareDescription.ACPI;
				boolean devicetree = (boot.isSetHardwareDescription() && boot.getHardwareDescription() == HardwareDescription.DEVICE_TREE)
						|| (boot.getDeviceTree() != null && !boot.getDeviceTree().isBlank());
				if (boot.getProtocol() == BootProtocol.LINUX_DIRECT && !devicetree && !acpi) {
					findings.report("AVPS-2.0-BOOT-3", boot, "VM '" + vm.getName() + "' boots its kernel directly but gets no device tree",
							"Add: description device-tree", Fixes.of("Describe the hardware with a device tree",
									e -> ((Boot) e).setHardwareDescription(HardwareDescription.DEVICE_TREE)));
				}
				boolean mmio = false;
				for (int i = 0; !devicetree && !acpi && !mmio && i < vm.getDevices().size(); i++) {
					mmio = effectiveTransport(vm.getDevices().get(i), vm) == Transport.MMIO;
				}
				if (mmio) {
					findings.report("AVPS-2.0-BOOT-4", boot, "VM '" + vm.getName() + "' has virtio-mmio devices but no device tree or ACPI to describe them",
							"Add: description device-tree");
				}
			}
		}
	}

	static Transport effectiveTransport(VirtioDevice device) {
		return effectiveTransport(device, PlatformScope.vmOf(device).orElse(null));
	}

	/** As {@link #effectiveTransport(VirtioDevice)}, with the device's VM (or null) already known. */
	static Transport effectiveTransport(VirtioDevice device, VirtualMachine vm) {
		if (device.isSetTransport()) {
			return device.getTransport();
		}
		Transport byDefault = vm == null ? null : vm.getDefaultTransport();
		return byDefault == null ? Transport.PCI : byDefault;
	}

	@Checks("AVPS-2.0-TRANS-1")
	static final class TransportSupportRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			HypervisorKind kind = platform.parts().stream().map(Platform::getHypervisor).filter(h -> h != null)
					.map(Hypervisor::getKind).findFirst().orElse(null);
			if (kind != HypervisorKind.CLOUD_HYPERVISOR && kind != HypervisorKind.BAO) {
				return; // every other hypervisor offers both transports
			}
			for (VirtioDevice device : platform.devices()) {
				Transport transport = effectiveTransport(device);
				String problem = null;
				if (kind == HypervisorKind.CLOUD_HYPERVISOR && transport == Transport.MMIO) {
					problem = "Cloud Hypervisor offers VIRTIO devices over PCI only";
				} else if (kind == HypervisorKind.BAO && transport == Transport.PCI) {
					problem = "Bao offers VIRTIO devices over MMIO only";
				}
				if (problem != null) {
					findings.report("AVPS-2.0-TRANS-1", device, "device '" + device.getName() + "' uses the " + transport.getLiteral()
							+ " transport: " + problem, "Choose a transport the hypervisor supports");
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-STO-1", "AVPS-2.0-STO-2" })
	static final class StorageRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (VirtualMachine vm : platform.vms()) {
				boolean storage = platform.has(vm, BlockDevice.class)
						|| vm.getPassthrough().stream().anyMatch(h -> h.getKind() == HostDeviceKind.STORAGE);
				if (!storage) {
					findings.report("AVPS-2.0-STO-1", vm, "VM '" + vm.getName() + "' has no virtio-blk storage",
							"Add a block device, or waive with the reason (e.g. it runs from its initrd)");
				}
			}
			Map<String, BlockDevice> writers = new HashMap<>();
			for (BlockDevice block : platform.devices(BlockDevice.class)) {
				if (block.getBackend() instanceof ImageBackend image && !block.isReadOnly()) {
					BlockDevice other = writers.putIfAbsent(image.getPath(), block);
					if (other != null && PlatformScope.vmOf(other).orElse(null) != PlatformScope.vmOf(block).orElse(null)) {
						findings.report("AVPS-2.0-STO-2", block, "image " + image.getPath() + " is writable by VM '"
								+ PlatformScope.vmOf(block).get().getName() + "' and by VM '" + PlatformScope.vmOf(other).get().getName() + "'",
								"Give each VM its own image, or make all but one read-only");
					}
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-NET-1", "AVPS-2.0-NET-5" })
	static final class NetworkRule implements AvpsRule {
		private static final Set<VmRole> OFFLINE = Set.of(VmRole.SAFETY, VmRole.CLUSTER);

		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (VirtualMachine vm : platform.vms()) {
				boolean net = platform.has(vm, NetworkDevice.class)
						|| vm.getPassthrough().stream().anyMatch(h -> h.getKind() == HostDeviceKind.NETWORK);
				if (!net && !OFFLINE.contains(vm.getRole())) {
					findings.report("AVPS-2.0-NET-1", vm, "VM '" + vm.getName() + "' (" + vm.getRole().getLiteral() + ") has no virtio-net interface",
							"Add a net device attached to a network segment");
				}
			}
			for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
				if (net.getNetwork() == null && !(net.getBackend() instanceof TapBackend) && !(net.getBackend() instanceof UserNetworkBackend)
						&& !(net.getBackend() instanceof VhostUserBackend)) {
					findings.report("AVPS-2.0-NET-5", net, "network device '" + net.getName() + "' is attached to no network segment or back-end",
							"Add: network <segment>, or a tap / user-network back-end");
				}
			}
		}
	}

	@Checks("AVPS-2.0-NET-3")
	static final class NicPassthroughRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (HostDevice nic : platform.hostDevices()) {
				if (nic.getKind() == HostDeviceKind.NETWORK && (nic.getAddress() == null || nic.getAddress().isBlank())) {
					findings.report("AVPS-2.0-NET-3", nic, "network controller '" + nic.getName() + "' has no host address, so it cannot be dedicated to a VM",
							"Add its PCI address or device-tree path: address \"...\"");
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-VSOCK-2", "AVPS-2.0-VSOCK-3", "AVPS-2.0-VSOCK-4" })
	static final class VsockRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			Map<Long, VsockDevice> byCid = new HashMap<>();
			for (VsockDevice vsock : platform.devices(VsockDevice.class)) {
				long cid = vsock.getGuestCid();
				VsockDevice other = byCid.putIfAbsent(cid, vsock);
				if (cid < 3) {
					findings.report("AVPS-2.0-VSOCK-2", vsock, "vsock device '" + vsock.getName() + "' uses context id " + cid
							+ ", which is reserved (0-2 belong to the hypervisor and host)", "Use a cid of 3 or more",
							Fixes.of("Assign a free context id", e -> ((VsockDevice) e).setGuestCid(freeCid(platform))));
				} else if (other != null) {
					findings.report("AVPS-2.0-VSOCK-2", vsock, "vsock device '" + vsock.getName() + "' uses context id " + cid
							+ ", already used by '" + other.getName() + "' of VM '" + PlatformScope.vmOf(other).map(VirtualMachine::getName).orElse("?") + "'",
							"Give every VM its own cid", Fixes.of("Assign a free context id", e -> ((VsockDevice) e).setGuestCid(freeCid(platform))));
				}
			}
			for (VsockChannel channel : platform.channels(VsockChannel.class)) {
				for (VirtualMachine end : List.of(channel.getFrom(), channel.getTo())) {
					if (end != null && !end.eIsProxy() && !platform.has(end, VsockDevice.class)) {
						findings.report("AVPS-2.0-VSOCK-4", channel, "vsock channel '" + channel.getName() + "' ends in VM '" + end.getName()
								+ "', which has no vsock device", "Add a vsock device with a unique cid to VM '" + end.getName() + "'");
					}
				}
				if (channel.getFrom() != null && channel.getTo() != null && !shareSegment(channel.getFrom(), channel.getTo())) {
					findings.report("AVPS-2.0-VSOCK-3", channel, "VMs '" + channel.getFrom().getName() + "' and '" + channel.getTo().getName()
							+ "' talk over vsock but share no IP network segment", "Attach a net device of each VM to a common network");
				}
			}
		}

		/** Whether a network device of each VM is attached to the same segment (a VM has a handful of devices). */
		private static boolean shareSegment(VirtualMachine a, VirtualMachine b) {
			for (VirtioDevice onB : b.getDevices()) {
				if (onB instanceof NetworkDevice netB && netB.getNetwork() != null) {
					for (VirtioDevice onA : a.getDevices()) {
						if (onA instanceof NetworkDevice netA && netA.getNetwork() == netB.getNetwork()) {
							return true;
						}
					}
				}
			}
			return false;
		}

		private static long freeCid(PlatformScope platform) {
			Set<Long> used = new HashSet<>();
			platform.devices(VsockDevice.class).forEach(v -> used.add(v.getGuestCid()));
			long cid = 3;
			while (used.contains(cid)) {
				cid++;
			}
			return cid;
		}
	}

	@Checks("AVPS-2.0-VSOCK-5")
	static final class SharedMemoryRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (SharedMemoryRegion region : platform.channels(SharedMemoryRegion.class)) {
				if (region.getPeers().isEmpty()) {
					findings.report("AVPS-2.0-VSOCK-5", region, "shared-memory region '" + region.getName() + "' has no peer VM",
							"Add: peer <vm> ro|rw");
				}
				for (SharedMemoryPeer peer : region.getPeers()) {
					if (peer.getVm() == region.getOwner()) {
						findings.report("AVPS-2.0-VSOCK-5", peer, "VM '" + region.getOwner().getName() + "' owns region '" + region.getName()
								+ "' and is also listed as its peer", "Remove the peer line of the owner");
					}
				}
			}
			for (SharedMemoryDevice shm : platform.devices(SharedMemoryDevice.class)) {
				SharedMemoryRegion region = shm.getRegion();
				VirtualMachine vm = PlatformScope.vmOf(shm).orElse(null);
				if (region != null && !region.eIsProxy() && region.getOwner() != vm
						&& region.getPeers().stream().noneMatch(p -> p.getVm() == vm)) {
					findings.report("AVPS-2.0-VSOCK-5", shm, "VM '" + vm.getName() + "' maps region '" + region.getName()
							+ "' but is neither its owner nor a peer", "Add the VM as a peer of the region, with its access right");
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-GFX-2", "AVPS-2.0-GFX-8" })
	static final class CompositionRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			List<GpuDevice> gpus = platform.devices(GpuDevice.class);
			for (GpuDevice gpu : gpus) {
				if (gpu.isCompositor() && gpu.getScanouts() < 2) {
					findings.report("AVPS-2.0-GFX-2", gpu, "compositing GPU '" + gpu.getName() + "' has a single scanout",
							"Set scanouts to the number of displays it drives");
				}
			}
			Set<VirtualMachine> displayVms = new HashSet<>();
			gpus.forEach(g -> PlatformScope.vmOf(g).ifPresent(displayVms::add));
			if (displayVms.size() > 1 && gpus.stream().noneMatch(GpuDevice::isCompositor)) {
				findings.report("AVPS-2.0-GFX-8", platform.main(), displayVms.size() + " VMs show graphics but no GPU device is marked compositor",
						"Mark the GPU of the VM that composes the outputs: compositor");
			}
		}
	}

	@Checks("AVPS-2.0-AUD-2")
	static final class PcmStreamRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (SoundDevice sound : platform.devices(SoundDevice.class)) {
				if (sound.getStreams().stream().noneMatch(s -> s.getDirection() == SoundDirection.PLAYBACK)) {
					findings.report("AVPS-2.0-AUD-2", sound, "sound device '" + sound.getName() + "' has no playback stream",
							"Add: stream playback channels 2");
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-IOMMU-1", "AVPS-2.0-IOMMU-2" })
	static final class IommuRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			boolean hardwareIommu = platform.hardware().map(Hardware::isIommu).orElse(false);
			for (VirtualMachine vm : platform.vms()) {
				for (HostDevice device : vm.getPassthrough()) {
					if (!hardwareIommu || device.getIommuGroup() == null || device.getIommuGroup().isBlank()) {
						findings.report("AVPS-2.0-IOMMU-1", vm, "host device '" + device.getName() + "' is passed through to VM '" + vm.getName()
								+ "' without an IOMMU confining its DMA", "Declare the hardware iommu and the device's iommu-group");
					}
				}
				boolean translated = vm.getDevices().stream().anyMatch(VirtioDevice::isBehindIommu);
				if (translated && !platform.has(vm, IommuDevice.class)) {
					findings.report("AVPS-2.0-IOMMU-2", vm, "VM '" + vm.getName() + "' has devices behind an IOMMU but no virtio-iommu device",
							"Add: virtio-iommu viommu0");
				}
			}
		}
	}

	@Checks("AVPS-2.0-GPIO-2")
	static final class GpioLineRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			Map<Integer, GpioDevice> owners = new HashMap<>();
			for (GpioDevice gpio : platform.devices(GpioDevice.class)) {
				for (Integer line : gpio.getLines()) {
					GpioDevice other = owners.putIfAbsent(line, gpio);
					if (other != null && other != gpio) {
						findings.report("AVPS-2.0-GPIO-2", gpio, "GPIO line " + line + " is given to '" + gpio.getName() + "' and to '" + other.getName() + "'",
								"Give each line to one VM only");
					}
				}
			}
		}
	}

	@Checks("AVPS-2.0-SENS-1")
	static final class SensorScmiRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (VirtualMachine vm : platform.vms()) {
				boolean sensors = platform.has(vm, SensorDevice.class);
				if (sensors && vm.getDevices().stream().noneMatch(d -> d instanceof ScmiDevice s && s.getProtocols().contains(ScmiProtocol.SENSOR))) {
					findings.report("AVPS-2.0-SENS-1", vm, "VM '" + vm.getName() + "' reads sensors without the SCMI sensor protocol",
							"Add an scmi device with protocols sensor");
				}
			}
		}
	}

	@Checks("AVPS-2.0-PM-2")
	static final class ScmiRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			boolean arm = platform.hardware().map(h -> h.getArchitecture() == Architecture.AARCH64).orElse(false);
			for (VirtualMachine vm : arm ? platform.vms() : List.<VirtualMachine>of()) {
				if (!platform.has(vm, ScmiDevice.class)) {
					findings.report("AVPS-2.0-PM-2", vm, "Arm VM '" + vm.getName() + "' has no SCMI channel for power, clocks and performance",
							"Add: scmi scmi0 { protocols power, performance, clock }");
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-CRYPTO-1", "AVPS-2.0-CRYPTO-2" })
	static final class CryptoRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (CryptoDevice crypto : platform.devices(CryptoDevice.class)) {
				if (crypto.getServices().isEmpty()) {
					findings.report("AVPS-2.0-CRYPTO-2", crypto, "crypto device '" + crypto.getName() + "' declares no services",
							"Add: services cipher, hash, mac, aead");
				}
			}
			Set<HostDevice> passedThrough = new HashSet<>();
			platform.vms().forEach(vm -> passedThrough.addAll(vm.getPassthrough()));
			for (HostDevice accelerator : platform.hostDevices()) {
				if (accelerator.getKind() == HostDeviceKind.CRYPTO && !passedThrough.contains(accelerator)
						&& platform.devices(CryptoDevice.class).isEmpty()) {
					findings.report("AVPS-2.0-CRYPTO-1", accelerator, "crypto accelerator '" + accelerator.getName() + "' is offered to no VM",
							"Add a crypto device backed by it to the VMs that need it");
				}
			}
		}
	}

	@Checks({ "AVPS-2.0-FS-2", "AVPS-2.0-FS-3" })
	static final class FileSharingRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			Map<String, List<FileSystemDevice>> writers = new HashMap<>();
			for (FileSystemDevice fs : platform.devices(FileSystemDevice.class)) {
				if (fs.getProtocol() == FileSystemProtocol.NINE_P) {
					findings.report("AVPS-2.0-FS-2", fs, "share '" + fs.getName() + "' uses 9P", "Use protocol virtio-fs",
							Fixes.of("Use virtio-fs", e -> ((FileSystemDevice) e).setProtocol(FileSystemProtocol.VIRTIO_FS)));
				}
				String path = fs.getBackend() instanceof HostPathBackend host ? host.getPath() : null;
				if (path == null || path.isBlank() || path.equals("/")) {
					findings.report("AVPS-2.0-FS-3", fs, "share '" + fs.getName() + "' does not restrict what it exports"
							+ (path == null ? " (no host-path back-end)" : " (it exports " + path + ")"), "Add: backend host-path \"/srv/<dir>\"");
				} else if (!fs.isReadOnly()) {
					writers.computeIfAbsent(path, p -> new ArrayList<>()).add(fs);
				}
			}
			writers.values().stream().filter(list -> list.size() > 1).forEach(list -> findings.report("AVPS-2.0-FS-3", list.get(1),
					"host directory is writable by several VMs through '" + list.get(0).getName() + "' and '" + list.get(1).getName() + "'",
					"Make all but one share read-only"));
		}
	}
}
