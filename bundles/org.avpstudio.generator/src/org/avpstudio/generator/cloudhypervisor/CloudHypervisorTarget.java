// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.cloudhypervisor;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.PerVmTarget;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.generator.internal.SafeText;
import org.avpstudio.generator.qemu.ShellQuoting;
import org.avpstudio.model.*;

/**
 * Cloud Hypervisor: one start script per VM ({@code cloud-hypervisor/<vm>.sh}) with the
 * {@code cloud-hypervisor} command line, every argument single-quoted. Its option lists are comma separated,
 * so values with commas or quotes are rejected with a finding. VIRTIO devices are attached over PCI only.
 */
public class CloudHypervisorTarget extends PerVmTarget {

	static final String TARGET = "cloud-hypervisor";
	private static final String UNLISTABLE = ",\"[]";

	@Override
	public String name() {
		return TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		return List.of(new GeneratedFile("cloud-hypervisor/" + Names.fileStem(vm) + ".sh",
				ShellQuoting.script(List.of(context.header()), "cloud-hypervisor", arguments(vm, context))));
	}

	private List<String> arguments(VirtualMachine vm, GenerationContext context) {
		List<String> args = new ArrayList<>();
		String affinity = vm.getVcpus().stream().filter(v -> v.getPinnedTo() != null && !v.getPinnedTo().eIsProxy())
				.map(v -> v.getIndex() + "@[" + v.getPinnedTo().getIndex() + "]").collect(Collectors.joining(","));
		add(args, "--cpus", "boot=" + Math.max(1, vm.getVcpus().size()) + (affinity.isEmpty() ? "" : ",affinity=[" + affinity + "]"));
		boolean shared = vm.getDevices().stream().anyMatch(d -> d instanceof FileSystemDevice);
		add(args, "--memory", "size=" + vm.getMemoryMiB() + "M" + (shared ? ",shared=on" : ""));
		Boot boot = vm.getBoot();
		if (boot != null) {
			if (boot.getProtocol() == BootProtocol.UEFI && boot.getFirmware() != null) {
				add(args, "--firmware", boot.getFirmware());
			} else if (boot.getKernel() != null) {
				add(args, "--kernel", boot.getKernel());
			}
			if (boot.getInitrd() != null) {
				add(args, "--initramfs", boot.getInitrd());
			}
			if (boot.getCommandLine() != null) {
				add(args, "--cmdline", boot.getCommandLine());
			}
		}
		for (VirtioDevice device : vm.getDevices()) {
			if (!context.emits(TARGET, device)) {
				continue;
			}
			String id = Names.id(device.getName());
			if (device.effectiveTransport() == Transport.MMIO) {
				context.unsupported(TARGET, device, "'" + device.getName() + "': Cloud Hypervisor has no virtio-mmio transport; generated on PCI");
			}
			if (device instanceof BlockDevice block && block.getBackend() instanceof ImageBackend image) {
				String path = SafeText.check(context, TARGET, block, "image path", image.getPath(), UNLISTABLE);
				if (path != null) {
					add(args, "--disk", "path=" + path + (block.isReadOnly() ? ",readonly=on" : "") + ",id=" + id);
				}
			} else if (device instanceof NetworkDevice net) {
				StringBuilder n = new StringBuilder("id=" + id);
				String mac = SafeText.check(context, TARGET, net, "MAC address", net.getMac(), UNLISTABLE);
				if (mac != null && !mac.isBlank()) {
					n.append(",mac=").append(mac);
				}
				if (net.getBackend() instanceof TapBackend tap && tap.getIfname() != null) {
					String tapName = SafeText.check(context, TARGET, net, "tap name", tap.getIfname(), UNLISTABLE);
					if (tapName != null) {
						n.append(",tap=").append(tapName);
					}
				} else if (net.getBackend() instanceof VhostUserBackend vhost) {
					String socket = SafeText.check(context, TARGET, net, "vhost-user socket", vhost.getSocket(), UNLISTABLE);
					if (socket != null) {
						n.append(",vhost_user=true,socket=").append(socket);
					}
				}
				add(args, "--net", n.toString());
			} else if (device instanceof EntropyDevice rng) {
				add(args, "--rng", "src=" + (rng.getSource() == EntropySource.HOST_RANDOM ? "/dev/random" : "/dev/urandom"));
			} else if (device instanceof VsockDevice vsock) {
				add(args, "--vsock", "cid=" + vsock.getGuestCid() + ",socket=/run/avp/" + Names.id(vm.getName()) + "-vsock.sock,id=" + id);
			} else if (device instanceof FileSystemDevice share && share.getBackend() instanceof VhostUserBackend daemon) {
				String socket = SafeText.check(context, TARGET, share, "virtiofsd socket", daemon.getSocket(), UNLISTABLE);
				String tag = SafeText.check(context, TARGET, share, "mount tag", share.getTag(), UNLISTABLE);
				if (socket != null && tag != null) {
					add(args, "--fs", "tag=" + tag + ",socket=" + socket + ",id=" + id);
				}
			} else if (device instanceof ConsoleDevice) {
				add(args, "--console", "pty");
			} else if (device instanceof WatchdogDevice) {
				args.add("--watchdog");
			} else if (device instanceof BalloonDevice) {
				add(args, "--balloon", "size=0");
			} else {
				context.unsupported(TARGET, device, "'" + device.getName() + "' (" + device.eClass().getName()
						+ ") with this back-end has no Cloud Hypervisor device; it is not in the command line");
			}
		}
		for (HostDevice host : vm.getPassthrough()) {
			String address = host.getAddress();
			if (Names.isPciAddress(address)) {
				add(args, "--device", "path=/sys/bus/pci/devices/" + address + ",id=" + Names.id(host.getName()));
			} else {
				context.unsupported(TARGET, host, "host device '" + host.getName() + "' has no PCI address; Cloud Hypervisor passes through PCI devices");
			}
		}
		return args;
	}

	private static void add(List<String> args, String option, String value) {
		args.add(option);
		args.add(value);
	}
}
