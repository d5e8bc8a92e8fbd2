// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.cpu;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * A pin lands on an existing core of the platform's hardware, and the hardware's cores have distinct physical
 * indices (two cores with one index are one core to the hypervisor, so two "separate" pins would share it).
 */
@Verifies("AVP-CPU-2")
final class PinningTargetRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		List<PhysicalCore> cores = Cores.all(platform);
		Map<Integer, PhysicalCore> byIndex = new HashMap<>();
		for (PhysicalCore core : cores) {
			if (core.getIndex() < 0) {
				findings.report(core, "core '" + core.getName() + "' has the negative index " + core.getIndex(), "Give the core its physical index (0 or more)");
				continue;
			}
			PhysicalCore other = byIndex.putIfAbsent(core.getIndex(), core);
			if (other != null) {
				findings.report(core, "cores '" + other.getName() + "' and '" + core.getName() + "' both claim physical index " + core.getIndex()
						+ ": a vCPU pinned to either runs on the same core", "Give every core its own index, as the board's device tree or ACPI tables number them");
			}
		}
		for (VirtualMachine vm : platform.vms()) {
			for (VirtualCpu vcpu : vm.getVcpus()) {
				PhysicalCore core = vcpu.getPinnedTo();
				if (core != null && !core.eIsProxy() && !cores.contains(core)) {
					findings.report(vcpu, Cores.name(vcpu) + " is pinned to core '" + core.getName() + "', which is not a core of the platform's hardware",
							"Pin it to a core of the hardware the platform runs on");
				}
			}
		}
	}
}
