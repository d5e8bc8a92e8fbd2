// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.dts;

import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.PerVmTarget;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.model.*;

/**
 * Device tree sources ({@code dts/<vm>.dts}) for aarch64 guests: CPUs with PSCI, memory, GICv3, the
 * architected timer, one {@code virtio,mmio} node per MMIO device with its interrupt, an SP805 watchdog
 * where the model has one, and {@code chosen/bootargs}. The layout follows QEMU's {@code virt} machine so the
 * same guest kernel finds its devices under both.
 */
public class DeviceTreeTarget extends PerVmTarget {

	static final String TARGET = "dts";
	private static final long MEMORY_BASE = 0x4000_0000L;
	private static final long MMIO_BASE = 0x0a00_0000L;
	private static final long MMIO_STRIDE = 0x200;
	private static final int FIRST_MMIO_SPI = 16;

	@Override
	public String name() {
		return TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		Boot boot = vm.getBoot();
		if (architecture != Architecture.AARCH64
				|| (boot != null && boot.isSetHardwareDescription() && boot.getHardwareDescription() == HardwareDescription.ACPI)) {
			return List.of(); // device trees are for Arm guests that are not described by ACPI tables
		}
		return List.of(new GeneratedFile("dts/" + Names.fileStem(vm) + ".dts", tree(vm, context)));
	}

	private String tree(VirtualMachine vm, GenerationContext context) {
		StringBuilder d = new StringBuilder("// ").append(context.header().replace("\n", " ")).append("\n/dts-v1/;\n\n/ {\n");
		d.append("\tcompatible = \"linux,dummy-virt\";\n\tmodel = ").append(string("AVP Studio VM " + vm.getName())).append(";\n");
		d.append("\t#address-cells = <2>;\n\t#size-cells = <2>;\n\tinterrupt-parent = <&gic>;\n\n");
		Boot boot = vm.getBoot();
		d.append("\tchosen {\n");
		if (boot != null && boot.getCommandLine() != null && !boot.getCommandLine().isBlank()) {
			d.append("\t\tbootargs = ").append(string(boot.getCommandLine())).append(";\n");
		}
		d.append("\t};\n\n");
		d.append("\tpsci {\n\t\tcompatible = \"arm,psci-1.0\", \"arm,psci-0.2\";\n\t\tmethod = \"hvc\";\n\t};\n\n");
		d.append("\tcpus {\n\t\t#address-cells = <1>;\n\t\t#size-cells = <0>;\n");
		int cpus = Math.max(1, vm.getVcpus().size());
		for (int i = 0; i < cpus; i++) {
			d.append("\n\t\tcpu@").append(Integer.toHexString(i)).append(" {\n\t\t\tdevice_type = \"cpu\";\n\t\t\tcompatible = \"arm,armv8\";\n\t\t\treg = <")
					.append(String.format("0x%x", i)).append(">;\n\t\t\tenable-method = \"psci\";\n\t\t};\n");
		}
		d.append("\t};\n\n");
		long size = vm.getMemoryMiB() * 1024 * 1024;
		d.append("\tmemory@").append(Long.toHexString(MEMORY_BASE)).append(" {\n\t\tdevice_type = \"memory\";\n\t\treg = <").append(cells(MEMORY_BASE))
				.append(' ').append(cells(size)).append(">;\n\t};\n\n");
		d.append("\tgic: interrupt-controller@8000000 {\n\t\tcompatible = \"arm,gic-v3\";\n\t\t#interrupt-cells = <3>;\n\t\t#address-cells = <0>;\n\t\tinterrupt-controller;\n")
				.append("\t\treg = <0x0 0x8000000 0x0 0x10000>, <0x0 0x80a0000 0x0 0xf60000>;\n\t};\n\n");
		d.append("\ttimer {\n\t\tcompatible = \"arm,armv8-timer\";\n\t\tinterrupts = <1 13 4>, <1 14 4>, <1 11 4>, <1 10 4>;\n\t\talways-on;\n\t};\n");
		int slot = 0;
		boolean watchdog = false;
		for (VirtioDevice device : vm.getDevices()) {
			if (device instanceof WatchdogDevice wdt && wdt.getModel() == WatchdogModel.SP805) {
				watchdog = true;
				continue;
			}
			if (device.effectiveTransport() != Transport.MMIO) {
				context.unsupported(TARGET, device, "'" + device.getName() + "' is a PCI device: the guest finds it by PCI enumeration, so it has no node of its own in the device tree");
				continue;
			}
			long base = MMIO_BASE + slot * MMIO_STRIDE;
			d.append("\n\t// ").append(Names.id(device.getName())).append(" (").append(device.eClass().getName()).append(")\n");
			d.append("\tvirtio_mmio@").append(Long.toHexString(base)).append(" {\n\t\tcompatible = \"virtio,mmio\";\n\t\treg = <").append(cells(base))
					.append(' ').append(cells(MMIO_STRIDE)).append(">;\n\t\tinterrupts = <0 ").append(FIRST_MMIO_SPI + slot).append(" 1>;\n\t\tdma-coherent;\n\t};\n");
			slot++;
		}
		if (watchdog) {
			d.append("\n\tapb_pclk: apb-pclk {\n\t\tcompatible = \"fixed-clock\";\n\t\t#clock-cells = <0>;\n\t\tclock-frequency = <24000000>;\n\t};\n");
			d.append("\n\twatchdog@9030000 {\n\t\tcompatible = \"arm,sp805\", \"arm,primecell\";\n\t\treg = <0x0 0x9030000 0x0 0x1000>;\n")
					.append("\t\tinterrupts = <0 9 4>;\n\t\tclocks = <&apb_pclk>, <&apb_pclk>;\n\t\tclock-names = \"wdog_clk\", \"apb_pclk\";\n\t};\n");
		}
		d.append("};\n");
		return d.toString();
	}

	private static String cells(long value) {
		return String.format("0x%x 0x%x", value >>> 32, value & 0xffff_ffffL);
	}

	/** A DTS string literal: backslash and double quote escaped, control characters as octal escapes. */
	static String string(String value) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : value.toCharArray()) {
			if (c == '"' || c == '\\') {
				out.append('\\').append(c);
			} else if (c < 0x20) {
				out.append(String.format("\\%03o", (int) c));
			} else {
				out.append(c);
			}
		}
		return out.append('"').toString();
	}
}
