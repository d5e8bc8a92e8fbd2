// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.iommu;

import org.avpstudio.model.IommuDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A VM with devices behind an IOMMU has the virtio-iommu device that translates for them. */
@Verifies("AVPS-2.0-IOMMU-2")
final class VirtioIommuRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			boolean translated = vm.getDevices().stream().anyMatch(VirtioDevice::isBehindIommu);
			if (translated && !platform.has(vm, IommuDevice.class)) {
				findings.report(vm, "VM '" + vm.getName() + "' has devices behind an IOMMU but no virtio-iommu device", "Add: virtio-iommu viommu0");
			}
		}
	}
}
