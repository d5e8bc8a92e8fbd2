// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.cpu;

import org.avpstudio.model.VirtualCpu;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.CriticalityDependency;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * A core shared by VMs of different criticality: the higher one's vCPU is reported (waivable on it or its VM with
 * {@code waive "AVP-CPU-5" because "..."}). Fix: move that vCPU to a free core.
 */
@Verifies(CriticalityDependency.CORE)
final class MixedCriticalityCoreRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (CriticalityDependency d : CriticalityDependency.of(platform)) {
			if (d.requirementId().equals(CriticalityDependency.CORE)) {
				VirtualCpu vcpu = (VirtualCpu) d.element();
				String message = Cores.name(vcpu) + " (" + d.dependent().getCriticality().getLiteral() + ") " + d.why() + " ("
						+ d.on().getCriticality().getLiteral() + "): the lower criticality can delay it";
				String hint = "Pin it to a core of its own criticality, or waive with the justification of the timing analysis";
				Cores.moveToFreeCore(platform).ifPresentOrElse(fix -> findings.report(vcpu, message, hint, fix),
						() -> findings.report(vcpu, message, hint));
			}
		}
	}
}
