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

/**
 * A core with several pinned vCPUs is over-subscribed: reported once per core with its ratio and who shares it
 * (an exclusive core is {@code AVP-CPU-3}'s business, not repeated here). Fix: move the last vCPU to a free core.
 */
@Verifies("AVP-CPU-4")
final class OversubscriptionRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Map.Entry<PhysicalCore, List<VirtualCpu>> pin : Cores.pins(platform).entrySet()) {
			List<VirtualCpu> vcpus = pin.getValue();
			if (vcpus.size() < 2 || vcpus.stream().anyMatch(VirtualCpu::isExclusive)) {
				continue;
			}
			VirtualCpu last = vcpus.get(vcpus.size() - 1);
			String message = "core '" + pin.getKey().getName() + "' is over-subscribed " + vcpus.size() + ":1 ("
					+ String.join(", ", vcpus.stream().map(Cores::name).toList()) + ")";
			String hint = "Review the timing budget of these vCPUs, or pin them to separate cores";
			Cores.moveToFreeCore(platform).ifPresentOrElse(fix -> findings.report(last, message, hint, fix),
					() -> findings.report(last, message, hint));
		}
	}
}
