// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.List;

import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.spec.Verification;

/** The findings for a platform under one catalog and profile, and what they mean per requirement. */
public record ComplianceResult(RequirementCatalog catalog, Profile profile, List<Finding> findings) {

	public List<Finding> findingsFor(String requirementId) {
		return findings.stream().filter(f -> f.requirementId().equals(requirementId)).toList();
	}

	public List<Finding> openFindings() {
		return findings.stream().filter(Finding::isOpen).toList();
	}

	public boolean hasErrors() {
		return findings.stream().anyMatch(f -> f.isOpen() && f.severity() == Severity.ERROR);
	}

	public RequirementStatus statusOf(Requirement requirement) {
		if (profile.severityOf(requirement) == Severity.OFF) {
			return RequirementStatus.DISABLED;
		}
		List<Finding> found = findingsFor(requirement.id());
		if (found.stream().anyMatch(Finding::isOpen)) {
			return RequirementStatus.FAIL;
		}
		if (!found.isEmpty()) {
			return RequirementStatus.WAIVED;
		}
		Verification verification = requirement.verification();
		return switch (verification) {
		case STATIC, STATIC_AND_GUEST -> RequirementStatus.PASS;
		case GUEST -> RequirementStatus.NEEDS_GUEST_CHECK;
		case MANUAL -> RequirementStatus.MANUAL;
		};
	}
}
