// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.cpu;

import java.util.List;
import java.util.Map;

import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A core some vCPU holds {@code exclusive} runs that vCPU only. Fix: move the intruding vCPU to a free core. */
@Verifies("AVP-CPU-3")
final class ExclusiveCoreRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Map.Entry<PhysicalCore, List<VirtualCpu>> pin : Cores.pins(platform).entrySet()) {
			List<VirtualCpu> vcpus = pin.getValue();
			VirtualCpu holder = vcpus.stream().filter(VirtualCpu::isExclusive).findFirst().orElse(null);
			if (holder == null || vcpus.size() < 2) {
				continue;
			}
			for (VirtualCpu vcpu : vcpus) {
				if (vcpu != holder) {
					String message = Cores.name(vcpu) + " is pinned to core '" + pin.getKey().getName() + "', which " + Cores.name(holder)
							+ " holds exclusively";
					String hint = "Pin it to another core, or drop 'exclusive'";
					Cores.moveToFreeCore(platform).ifPresentOrElse(fix -> findings.report(vcpu, message, hint, fix),
							() -> findings.report(vcpu, message, hint));
				}
			}
		}
	}
}
