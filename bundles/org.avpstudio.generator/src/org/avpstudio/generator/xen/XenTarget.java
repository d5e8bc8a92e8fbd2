// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.xen;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.PerVmTarget;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.generator.internal.SafeText;
import org.avpstudio.model.*;

/**
 * Xen: one {@code xl.cfg} per guest ({@code xen/<vm>.cfg}). Disks served by a driver VM name it as back-end
 * domain; on Arm, VIRTIO disks use {@code specification=virtio} (Xen 4.17+). Values xl cannot quote (quotes,
 * control characters) are rejected with a finding.
 */
public class XenTarget extends PerVmTarget {

	static final String TARGET = "xen";
	private static final String UNQUOTABLE = "'\"\\";

	@Override
	public String name() {
		return TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		return List.of(new GeneratedFile("xen/" + Names.fileStem(vm) + ".cfg", config(vm, architecture, context)));
	}

	private String config(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		StringBuilder c = new StringBuilder("# ").append(context.header()).append('\n');
		c.append("name = \"").append(Names.id(vm.getName())).append("\"\n");
		if (architecture == Architecture.X86_64) {
			c.append("type = \"pvh\"\n");
		}
		c.append("memory = ").append(vm.getMemoryMiB()).append('\n');
		c.append("vcpus = ").append(Math.max(1, vm.getVcpus().size())).append('\n');
		List<String> pins = vm.getVcpus().stream().filter(v -> v.getPinnedTo() != null && !v.getPinnedTo().eIsProxy())
				.map(v -> "\"" + v.getPinnedTo().getIndex() + "\"").toList();
		if (!pins.isEmpty() && pins.size() == vm.getVcpus().size()) {
			c.append("cpus = [").append(String.join(", ", pins)).append("]\n");
		}
		Boot boot = vm.getBoot();
		if (boot != null) {
			string(c, "kernel", boot.getKernel(), vm, context);
			string(c, "ramdisk", boot.getInitrd(), vm, context);
			string(c, "extra", boot.getCommandLine(), vm, context);
			string(c, "device_tree", boot.getDeviceTree(), vm, context);
			if (boot.getProtocol() == BootProtocol.UEFI && architecture == Architecture.X86_64) {
				c.append("firmware = \"ovmf\"\n");
			}
		}
		List<String> disks = new ArrayList<>();
		List<String> vifs = new ArrayList<>();
		List<String> shares = new ArrayList<>();
		char vdev = 'a';
		for (VirtioDevice device : vm.getDevices()) {
			if (!context.emits(TARGET, device)) {
				continue;
			}
			boolean virtio = architecture == Architecture.AARCH64 && device.effectiveTransport() == Transport.MMIO;
			if (device instanceof BlockDevice block && block.getBackend() != null) {
				String path = block.getBackend() instanceof ImageBackend image ? image.getPath() : null;
				String backendVm = block.getBackend() instanceof DriverVmBackend d ? Names.id(d.getVm().getName()) : null;
				path = SafeText.check(context, TARGET, block, "image path", path, UNQUOTABLE);
				if (path == null) {
					if (!(block.getBackend() instanceof ImageBackend)) {
						context.unsupported(TARGET, block, "block device '" + block.getName() + "' needs an image back-end for xl");
					}
					continue;
				}
				String format = block.getBackend() instanceof ImageBackend image ? image.getFormat().getLiteral() : "raw";
				disks.add("'format=" + format + ", vdev=xvd" + vdev++ + ", access=" + (block.isReadOnly() ? "ro" : "rw")
						+ (virtio ? ", specification=virtio" : "") + (backendVm != null ? ", backend=" + backendVm : "")
						+ ", target=" + path + "'");
			} else if (device instanceof NetworkDevice net) {
				List<String> parts = new ArrayList<>();
				String mac = SafeText.check(context, TARGET, net, "MAC address", net.getMac(), UNQUOTABLE + ",");
				if (mac != null && !mac.isBlank()) {
					parts.add("mac=" + mac);
				}
				String bridge = net.getBackend() instanceof TapBackend tap && tap.getBridge() != null ? tap.getBridge()
						: net.getNetwork() != null ? net.getNetwork().getHostBridge() : null;
				bridge = SafeText.check(context, TARGET, net, "bridge", bridge, UNQUOTABLE + ",");
				if (bridge != null && !bridge.isBlank()) {
					parts.add("bridge=" + bridge);
				}
				if (net.getBackend() instanceof DriverVmBackend d) {
					parts.add("backend=" + Names.id(d.getVm().getName()));
				}
				vifs.add("'" + String.join(", ", parts) + "'");
			} else if (device instanceof FileSystemDevice fs && fs.getProtocol() == FileSystemProtocol.NINE_P
					&& fs.getBackend() instanceof HostPathBackend host) {
				String path = SafeText.check(context, TARGET, fs, "shared path", host.getPath(), UNQUOTABLE + ",");
				String tag = SafeText.check(context, TARGET, fs, "mount tag", fs.getTag(), UNQUOTABLE + ",");
				if (path != null && tag != null) {
					shares.add("'tag=" + tag + ", security_model=none, path=" + path + "'");
				}
			} else if (device instanceof ConsoleDevice) {
				// every xl guest has the PV console (hvc0); nothing to declare
			} else {
				context.unsupported(TARGET, device, "'" + device.getName() + "' (" + device.eClass().getName()
						+ ") has no xl.cfg device; it is not in the generated configuration");
			}
		}
		list(c, "disk", disks);
		list(c, "vif", vifs);
		list(c, "p9", shares);
		passthrough(c, vm, context);
		return c.toString();
	}

	private static void passthrough(StringBuilder c, VirtualMachine vm, GenerationContext context) {
		List<String> pci = new ArrayList<>();
		List<String> dt = new ArrayList<>();
		for (HostDevice host : vm.getPassthrough()) {
			String address = SafeText.check(context, TARGET, host, "host address", host.getAddress(), UNQUOTABLE);
			if (address == null || address.isBlank()) {
				context.unsupported(TARGET, host, "host device '" + host.getName() + "' has no address to pass through");
			} else if (Names.isPciAddress(address)) {
				pci.add("'" + address + "'");
			} else {
				dt.add("\"" + address + "\"");
			}
		}
		list(c, "pci", pci);
		list(c, "dtdev", dt);
	}

	private static void string(StringBuilder c, String key, String value, VirtualMachine vm, GenerationContext context) {
		String safe = SafeText.check(context, TARGET, vm.getBoot(), key, value, UNQUOTABLE);
		if (safe != null && !safe.isBlank()) {
			c.append(key).append(" = \"").append(safe).append("\"\n");
		}
	}

	private static void list(StringBuilder c, String key, List<String> entries) {
		if (!entries.isEmpty()) {
			c.append(key).append(" = [ ").append(entries.stream().collect(Collectors.joining(",\n" + " ".repeat(key.length() + 5))))
					.append(" ]\n");
		}
	}
}
