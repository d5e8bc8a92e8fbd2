// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.ffi;

import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.CriticalityDependency;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * Freedom from interference: the VM maps a shared-memory region a VM of lower criticality owns, and so reads memory that VM controls. Reported on the dependent VM's element, waivable there or on the VM with
 * {@code waive "<id>" because "<dependent-failure analysis>"}.
 */
@Verifies(CriticalityDependency.SHARED_MEMORY)
final class LowerSharedMemoryRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (CriticalityDependency d : CriticalityDependency.of(platform)) {
			if (d.requirementId().equals(CriticalityDependency.SHARED_MEMORY)) {
				findings.report(d.element(), "VM '" + d.dependent().getName() + "' (" + d.dependent().getCriticality().getLiteral() + ") depends on '"
						+ d.on().getName() + "' (" + d.on().getCriticality().getLiteral() + "): " + d.why(),
						"Remove the dependency, or waive it with the justification of the dependent-failure analysis");
			}
		}
	}
}
