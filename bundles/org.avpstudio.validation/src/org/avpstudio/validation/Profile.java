// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.Map;

import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementLevel;

/**
 * Decides how much each finding matters: by the requirement's (effective) level, unless a rule-specific
 * severity is set. Rules never choose severities themselves.
 *
 * @param name     e.g. {@code avps-2.0}
 * @param byLevel  severity per requirement level
 * @param byRuleId severities for single requirements ({@link Severity#OFF} disables the rule)
 * @param stricterWhenDisputed whether an entry whose sources disagree on the level counts at the stricter one
 *                 ({@code disputed = stricter} in a profile file)
 */
public record Profile(String name, Map<RequirementLevel, Severity> byLevel, Map<String, Severity> byRuleId,
		boolean stricterWhenDisputed) {

	public Severity severityOf(Requirement requirement) {
		Severity explicit = byRuleId.get(requirement.id());
		if (explicit != null) {
			return explicit;
		}
		return byLevel.getOrDefault(levelOf(requirement), Severity.WARNING);
	}

	/** The level this profile judges the requirement at: the catalog's, or the stricter of a disputed pair. */
	public RequirementLevel levelOf(Requirement requirement) {
		return stricterWhenDisputed ? requirement.stricterLevel() : requirement.effectiveLevel();
	}
}
