// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.boot;

import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.HardwareDescription;
import org.avpstudio.model.Transport;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/**
 * A guest learns its virtual hardware from a device tree or ACPI: a directly booted kernel needs one, and so does
 * any virtio-mmio device, which cannot be discovered otherwise.
 */
@Verifies({ "AVPS-2.0-BOOT-3", "AVPS-2.0-BOOT-4" })
final class HardwareDescriptionRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			Boot boot = vm.getBoot();
			if (boot == null) {
				continue;
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
				mmio = vm.getDevices().get(i).effectiveTransport() == Transport.MMIO;
			}
			if (mmio) {
				findings.report("AVPS-2.0-BOOT-4", boot, "VM '" + vm.getName() + "' has virtio-mmio devices but no device tree or ACPI to describe them",
						"Add: description device-tree");
			}
		}
	}
}
