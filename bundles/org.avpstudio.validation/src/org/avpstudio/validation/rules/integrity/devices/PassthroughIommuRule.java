// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.devices;

import java.util.EnumSet;
import java.util.Set;

import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * A DMA-capable host device is passed through only behind an IOMMU: the hardware has one ({@code iommu}) and the
 * device's group is known ({@code iommu-group}). Without it the guest's driver can make the device write anywhere in
 * host memory. Controllers that do not master the bus (GPIO, CAN, LIN, sensors, watchdogs) are not counted.
 */
@Verifies("AVP-DEV-3")
final class PassthroughIommuRule implements AvpsRule {

	private static final Set<HostDeviceKind> NO_DMA = EnumSet.of(HostDeviceKind.GPIO_CONTROLLER, HostDeviceKind.CAN, HostDeviceKind.LIN,
			HostDeviceKind.SENSOR, HostDeviceKind.WATCHDOG);

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		boolean iommu = platform.hardware().map(h -> h.isIommu()).orElse(false);
		for (VirtualMachine vm : platform.vms()) {
			for (HostDevice device : vm.getPassthrough()) {
				if (device.eIsProxy() || NO_DMA.contains(device.getKind())) {
					continue;
				}
				if (!iommu) {
					findings.report(vm, "DMA-capable host device '" + device.getName() + "' is passed through to VM '" + vm.getName()
							+ "' but the hardware has no IOMMU", "Declare the hardware's IOMMU (iommu), or serve the device through a VIRTIO back-end");
				} else if (device.getIommuGroup() == null || device.getIommuGroup().isBlank()) {
					findings.report(vm, "DMA-capable host device '" + device.getName() + "' is passed through to VM '" + vm.getName()
							+ "' but is in no known IOMMU group", "State its iommu-group (from /sys/kernel/iommu_groups or the SMMU stream id)");
				}
			}
		}
	}
}
