// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.iommu;

import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A host device passed through to a VM sits behind a hardware IOMMU, in a declared IOMMU group. */
@Verifies("AVPS-2.0-IOMMU-1")
final class DmaIsolationRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		boolean hardwareIommu = platform.hardware().map(Hardware::isIommu).orElse(false);
		for (VirtualMachine vm : platform.vms()) {
			for (HostDevice device : vm.getPassthrough()) {
				if (!hardwareIommu || device.getIommuGroup() == null || device.getIommuGroup().isBlank()) {
					findings.report(vm, "host device '" + device.getName() + "' is passed through to VM '" + vm.getName()
							+ "' without an IOMMU confining its DMA", "Declare the hardware iommu and the device's iommu-group");
				}
			}
		}
	}
}
