// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.power;

import java.util.List;

import org.avpstudio.model.Architecture;
import org.avpstudio.model.ScmiDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** On Arm every VM manages power, clocks and performance through an SCMI channel. */
@Verifies("AVPS-2.0-PM-2")
final class ScmiRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.runsOn(Architecture.AARCH64) ? platform.vms() : List.<VirtualMachine>of()) {
			if (!platform.has(vm, ScmiDevice.class)) {
				findings.report(vm, "Arm VM '" + vm.getName() + "' has no SCMI channel for power, clocks and performance",
						"Add: scmi scmi0 { protocols power, performance, clock }");
			}
		}
	}
}
