// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.crosvm;

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
 * crosvm: one start script per VM ({@code crosvm/<vm>.sh}) with the {@code crosvm run} command line, every
 * argument single-quoted. crosvm's key=value option lists cannot carry commas or quotes in values; such values
 * are rejected with a finding. crosvm always provides virtio-rng and a balloon device on its own.
 */
public class CrosvmTarget extends PerVmTarget {

	static final String TARGET = "crosvm";
	private static final String UNLISTABLE = ",\"[]:";

	@Override
	public String name() {
		return TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		return List.of(new GeneratedFile("crosvm/" + Names.fileStem(vm) + ".sh",
				ShellQuoting.script(List.of(context.header()), "crosvm run", arguments(vm, context))));
	}

	List<String> arguments(VirtualMachine vm, GenerationContext context) {
		List<String> args = new ArrayList<>();
		args.add("--cpus");
		args.add("num-cores=" + Math.max(1, vm.getVcpus().size()));
		String affinity = vm.getVcpus().stream().filter(v -> v.getPinnedTo() != null && !v.getPinnedTo().eIsProxy())
				.map(v -> v.getIndex() + "=" + v.getPinnedTo().getIndex()).collect(Collectors.joining(":"));
		if (!affinity.isEmpty()) {
			args.add("--cpu-affinity");
			args.add(affinity);
		}
		args.add("--mem");
		args.add("size=" + vm.getMemoryMiB());
		for (VirtioDevice device : vm.getDevices()) {
			if (!context.emits(TARGET, device)) {
				continue;
			}
			if (device instanceof BlockDevice block && block.getBackend() instanceof ImageBackend image) {
				String path = SafeText.check(context, TARGET, block, "image path", image.getPath(), UNLISTABLE);
				if (path != null) {
					args.add("--block");
					args.add("path=" + path + (block.isReadOnly() ? ",ro=true" : ""));
				}
			} else if (device instanceof NetworkDevice net && net.getBackend() instanceof TapBackend tap && tap.getIfname() != null) {
				String name = SafeText.check(context, TARGET, net, "tap name", tap.getIfname(), UNLISTABLE);
				String mac = SafeText.check(context, TARGET, net, "MAC address", net.getMac(), ",\"[]");
				if (name != null) {
					args.add("--net");
					args.add("tap-name=" + name + (mac != null && !mac.isBlank() ? ",mac=" + mac : ""));
				}
			} else if (device instanceof VsockDevice vsock) {
				args.add("--vsock");
				args.add("cid=" + vsock.getGuestCid());
			} else if (device instanceof FileSystemDevice fs && fs.getBackend() instanceof HostPathBackend host) {
				String path = SafeText.check(context, TARGET, fs, "shared path", host.getPath(), UNLISTABLE);
				String tag = SafeText.check(context, TARGET, fs, "mount tag", fs.getTag(), UNLISTABLE);
				if (path != null && tag != null) {
					args.add("--shared-dir");
					args.add(path + ":" + tag + ":type=" + (fs.getProtocol() == FileSystemProtocol.NINE_P ? "p9" : "fs"));
				}
			} else if (device instanceof GpuDevice gpu) {
				args.add("--gpu");
				args.add("backend=" + (gpu.getMode() == GpuMode.MODE_3D ? "virglrenderer" : "2d"));
			} else if (device instanceof ConsoleDevice) {
				args.add("--serial");
				args.add("type=stdout,hardware=virtio-console,num=1,console=true");
			} else if (device instanceof EntropyDevice || device instanceof BalloonDevice) {
				// crosvm adds virtio-rng and virtio-balloon itself
			} else {
				context.unsupported(TARGET, device, "'" + device.getName() + "' (" + device.eClass().getName()
						+ ") with this back-end is not generated for crosvm");
			}
		}
		for (HostDevice host : vm.getPassthrough()) {
			String address = host.getAddress();
			if (Names.isPciAddress(address)) {
				args.add("--vfio");
				args.add("/sys/bus/pci/devices/" + address);
			} else {
				context.unsupported(TARGET, host, "host device '" + host.getName() + "' has no PCI address; crosvm passes through PCI devices");
			}
		}
		Boot boot = vm.getBoot();
		if (boot != null) {
			if (boot.getInitrd() != null && !boot.getInitrd().isBlank()) {
				args.add("--initrd");
				args.add(boot.getInitrd());
			}
			if (boot.getCommandLine() != null && !boot.getCommandLine().isBlank()) {
				args.add("--params");
				args.add(boot.getCommandLine());
			}
			if (boot.getProtocol() == BootProtocol.UEFI && boot.getFirmware() != null) {
				args.add("--bios");
				args.add(boot.getFirmware());
			} else if (boot.getKernel() != null) {
				args.add(boot.getKernel());
			}
		}
		return args;
	}
}
