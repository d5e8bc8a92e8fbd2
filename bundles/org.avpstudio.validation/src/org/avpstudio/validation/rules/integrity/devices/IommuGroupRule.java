// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.devices;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.model.HostDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.integrity.devices.Assignments.Use;

/**
 * The devices of one IOMMU group go to one VM: the IOMMU isolates groups, not devices, so VFIO assigns a group as a
 * whole. A device of a group given to a VM other than the group's first is reported.
 */
@Verifies("AVP-DEV-2")
final class IommuGroupRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<String, Use> groupOwner = new LinkedHashMap<>();
		for (Map.Entry<HostDevice, List<Use>> entry : Assignments.of(platform).entrySet()) {
			HostDevice device = entry.getKey();
			String group = device.getIommuGroup();
			if (group == null || group.isBlank()) {
				continue;
			}
			for (Use use : entry.getValue()) {
				Use owner = groupOwner.putIfAbsent(group, use);
				if (owner != null && owner.vm() != use.vm() && owner.device() != device) {
					VirtualMachine vm = use.vm();
					findings.report(use.element(), "host device '" + device.getName() + "' (IOMMU group " + group + ") goes to VM '" + vm.getName()
							+ "' but '" + owner.device().getName() + "' of the same group goes to VM '" + owner.vm().getName() + "'",
							"Give all devices of an IOMMU group to one VM (or put them in separate groups, e.g. with ACS)");
					break;
				}
			}
		}
	}
}
