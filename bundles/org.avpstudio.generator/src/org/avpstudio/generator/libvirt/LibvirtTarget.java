// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.libvirt;

import org.avpstudio.generator.Json;

import static org.avpstudio.generator.internal.Xml.escape;

import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.PerVmTarget;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.generator.internal.SafeText;
import org.avpstudio.model.*;

/** libvirt: one KVM domain XML per VM ({@code libvirt/<vm>.xml}), for {@code virsh define}. */
public class LibvirtTarget extends PerVmTarget {

	static final String TARGET = "libvirt";

	@Override
	public String name() {
		return TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		return List.of(new GeneratedFile("libvirt/" + Names.fileStem(vm) + ".xml", domain(vm, architecture, context)));
	}

	private String domain(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		StringBuilder x = new StringBuilder("<!-- ").append(escape(context.header()).replace("--", "- -")).append(" -->\n");
		x.append("<domain type='kvm'>\n");
		x.append("  <name>").append(escape(vm.getName())).append("</name>\n");
		x.append("  <memory unit='MiB'>").append(vm.getMemoryMiB()).append("</memory>\n");
		boolean sharedMemory = vm.getDevices().stream().anyMatch(d -> d instanceof FileSystemDevice fs && fs.getProtocol() == FileSystemProtocol.VIRTIO_FS);
		if (sharedMemory) {
			x.append("  <memoryBacking>\n    <source type='memfd'/>\n    <access mode='shared'/>\n  </memoryBacking>\n");
		}
		x.append("  <vcpu placement='static'>").append(Math.max(1, vm.getVcpus().size())).append("</vcpu>\n");
		List<VirtualCpu> pinned = vm.getVcpus().stream().filter(c -> c.getPinnedTo() != null && !c.getPinnedTo().eIsProxy()).toList();
		if (!pinned.isEmpty()) {
			x.append("  <cputune>\n");
			for (VirtualCpu cpu : pinned) {
				x.append("    <vcpupin vcpu='").append(cpu.getIndex()).append("' cpuset='").append(cpu.getPinnedTo().getIndex()).append("'/>\n");
			}
			x.append("  </cputune>\n");
		}
		os(x, vm, architecture);
		if (architecture == Architecture.X86_64) {
			x.append("  <features>\n    <acpi/>\n    <apic/>\n  </features>\n");
		}
		x.append("  <devices>\n");
		int disk = 0;
		boolean balloon = false;
		for (VirtioDevice device : vm.getDevices()) {
			if (!context.emits(TARGET, device)) {
				continue;
			}
			Transport transport = device.effectiveTransport();
			if (transport == Transport.MMIO && architecture == Architecture.X86_64) {
				context.unsupported(TARGET, device, "'" + device.getName() + "': q35 has no virtio-mmio; generated as virtio-pci");
				transport = Transport.PCI;
			}
			String address = transport == Transport.MMIO ? "      <address type='virtio-mmio'/>\n" : "";
			if (device instanceof BlockDevice block && block.getBackend() instanceof ImageBackend image) {
				if (SafeText.check(context, TARGET, block, "image path", image.getPath(), "") == null) {
					continue;
				}
				x.append("    <disk type='file' device='disk'>\n      <driver name='qemu' type='").append(image.getFormat().getLiteral())
						.append("'/>\n      <source file='").append(escape(image.getPath())).append("'/>\n      <target dev='vd")
						.append((char) ('a' + disk++)).append("' bus='virtio'/>\n");
				if (block.isReadOnly()) {
					x.append("      <readonly/>\n");
				}
				x.append(address).append("    </disk>\n");
			} else if (device instanceof NetworkDevice net) {
				String bridge = net.getBackend() instanceof TapBackend tap && tap.getBridge() != null && !tap.getBridge().isBlank() ? tap.getBridge()
						: net.getNetwork() != null && !(net.getBackend() instanceof UserNetworkBackend) ? net.getNetwork().getHostBridge() : null;
				if (bridge != null && !bridge.matches("[a-zA-Z0-9_.:/\\\\-]+")) {
					context.unsupported(TARGET, net, "bridge name " + org.avpstudio.generator.Json.quote(bridge)
							+ " is not a valid host interface name for libvirt; the interface uses user networking");
					bridge = null;
				}
				if (bridge != null) {
					x.append("    <interface type='bridge'>\n      <source bridge='").append(escape(bridge)).append("'/>\n");
				} else {
					x.append("    <interface type='user'>\n");
				}
				if (net.getMac() != null && !net.getMac().isBlank()) {
					x.append("      <mac address='").append(escape(net.getMac())).append("'/>\n");
				}
				x.append("      <model type='virtio'/>\n").append(address).append("    </interface>\n");
			} else if (device instanceof ConsoleDevice) {
				x.append("    <console type='pty'>\n      <target type='virtio'/>\n    </console>\n");
			} else if (device instanceof EntropyDevice rng) {
				String source = rng.getSource() == EntropySource.HOST_RANDOM ? "/dev/random" : "/dev/urandom";
				x.append("    <rng model='virtio'>\n      <backend model='random'>").append(source).append("</backend>\n").append(address).append("    </rng>\n");
			} else if (device instanceof GpuDevice gpu) {
				x.append("    <video>\n      <model type='virtio' heads='").append(Math.max(1, gpu.getScanouts())).append("'")
						.append(gpu.getMode() == GpuMode.MODE_3D ? ">\n        <acceleration accel3d='yes'/>\n      </model>\n" : "/>\n")
						.append(address).append("    </video>\n");
			} else if (device instanceof InputDevice input) {
				String type = switch (input.getKind()) {
				case MOUSE -> "mouse";
				case TABLET, TOUCHSCREEN -> "tablet";
				default -> "keyboard";
				};
				x.append("    <input type='").append(type).append("' bus='virtio'/>\n");
			} else if (device instanceof VsockDevice vsock) {
				x.append("    <vsock model='virtio'>\n      <cid auto='no' address='").append(vsock.getGuestCid()).append("'/>\n").append(address).append("    </vsock>\n");
			} else if (device instanceof FileSystemDevice fs && fs.getBackend() instanceof HostPathBackend host) {
				x.append("    <filesystem type='mount' accessmode='passthrough'>\n      <driver type='")
						.append(fs.getProtocol() == FileSystemProtocol.VIRTIO_FS ? "virtiofs" : "path").append("'/>\n      <source dir='")
						.append(escape(host.getPath())).append("'/>\n      <target dir='").append(escape(fs.getTag())).append("'/>\n");
				if (fs.isReadOnly()) {
					x.append("      <readonly/>\n");
				}
				x.append("    </filesystem>\n");
			} else if (device instanceof IommuDevice) {
				x.append("    <iommu model='virtio'/>\n");
			} else if (device instanceof WatchdogDevice watchdog && watchdog.getModel() == WatchdogModel.I6300ESB) {
				x.append("    <watchdog model='i6300esb' action='").append(switch (watchdog.getAction()) {
				case RESET_VM -> "reset";
				case POWER_OFF_VM -> "poweroff";
				case NOTIFY -> "inject-nmi";
				case NONE -> "none";
				}).append("'/>\n");
			} else if (device instanceof SharedMemoryDevice shm && shm.getRegion() != null) {
				x.append("    <shmem name='").append(escape(Names.id(shm.getRegion().getName()))).append("'>\n      <model type='ivshmem-plain'/>\n      <size unit='M'>")
						.append(shm.getRegion().getSizeMiB()).append("</size>\n    </shmem>\n");
			} else if (device instanceof BalloonDevice) {
				balloon = true;
			} else {
				context.unsupported(TARGET, device, "'" + device.getName() + "' (" + device.eClass().getName()
						+ ") cannot be expressed in libvirt 9.0 domain XML with its back-end; it is not in the generated domain");
			}
		}
		for (HostDevice host : vm.getPassthrough()) {
			String a = host.getAddress() == null ? "" : host.getAddress();
			if (Names.isPciAddress(a)) {
				x.append("    <hostdev mode='subsystem' type='pci' managed='yes'>\n      <source>\n        <address domain='0x").append(a, 0, 4)
						.append("' bus='0x").append(a, 5, 7).append("' slot='0x").append(a, 8, 10).append("' function='0x").append(a.substring(11))
						.append("'/>\n      </source>\n    </hostdev>\n");
			} else {
				context.unsupported(TARGET, host, "host device '" + host.getName() + "' has no PCI address; libvirt passes through PCI devices here");
			}
		}
		x.append("    <memballoon model='").append(balloon ? "virtio" : "none").append("'/>\n");
		x.append("  </devices>\n</domain>\n");
		return x.toString();
	}

	private static void os(StringBuilder x, VirtualMachine vm, Architecture architecture) {
		String arch = architecture.getLiteral();
		String machine = architecture == Architecture.X86_64 ? "q35" : "virt";
		x.append("  <os>\n    <type arch='").append(arch).append("' machine='").append(machine).append("'>hvm</type>\n");
		Boot boot = vm.getBoot();
		if (boot != null) {
			if (boot.getProtocol() == BootProtocol.LINUX_DIRECT) {
				text(x, "kernel", boot.getKernel());
				text(x, "initrd", boot.getInitrd());
				text(x, "cmdline", boot.getCommandLine());
				text(x, "dtb", boot.getDeviceTree());
			} else if (boot.getFirmware() != null && !boot.getFirmware().isBlank()) {
				x.append("    <loader readonly='yes' type='pflash'>").append(escape(boot.getFirmware())).append("</loader>\n");
			}
		}
		x.append("  </os>\n");
	}

	private static void text(StringBuilder x, String element, String value) {
		if (value != null && !value.isBlank()) {
			x.append("    <").append(element).append('>').append(escape(value)).append("</").append(element).append(">\n");
		}
	}
}
