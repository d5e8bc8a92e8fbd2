// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.devices;

import java.util.List;
import java.util.Map;

import org.avpstudio.model.HostDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;
import org.avpstudio.validation.rules.integrity.devices.Assignments.Use;

/**
 * A host device goes to one VM at most (VFIO binds it to one guest), whatever the way: pass-through, host-device
 * back-end or a device serving it. Every use after the first that is in another VM is reported; a second
 * pass-through gets the fix that removes it.
 */
@Verifies("AVP-DEV-1")
final class SingleAssignmentRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Map.Entry<HostDevice, List<Use>> entry : Assignments.of(platform).entrySet()) {
			List<Use> uses = entry.getValue();
			Use first = uses.get(0);
			for (Use use : uses.subList(1, uses.size())) {
				if (use.vm() == first.vm()) {
					continue;
				}
				HostDevice device = entry.getKey();
				String message = "host device '" + device.getName() + "' is " + use.how() + " in VM '" + use.vm().getName() + "' but already "
						+ first.how() + " in VM '" + first.vm().getName() + "': a host device goes to one VM";
				String hint = "Keep one VM for it; the others reach it through a VIRTIO device served by that VM";
				if (use.passthrough()) {
					findings.report(use.element(), message, hint, Fixes.of("Remove the pass-through of '" + device.getName() + "' from '"
							+ use.vm().getName() + "'", e -> ((VirtualMachine) e).getPassthrough().remove(device)));
				} else {
					findings.report(use.element(), message, hint);
				}
			}
		}
	}
}
