// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.avpstudio.model.Platform;
import org.avpstudio.model.WaivableElement;
import org.avpstudio.model.Waiver;
import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.rules.AvpsRules;
import org.eclipse.emf.ecore.EObject;

/**
 * Runs every rule over a platform and turns what they report into findings: severity from the profile and the
 * catalog level, waived when the element or one of its containers waives the requirement. A rule may only report
 * the requirements it declares ({@link Verifies}); any other id is refused with an {@link IllegalStateException}.
 * The same engine serves the Xtext validator, the Eclipse builder, the CLI and the reports.
 */
public final class ComplianceEngine {

	private final RequirementCatalog catalog;
	private final Profile profile;
	private final List<AvpsRule> rules;
	/** Per rule, in the order of {@link #rules}, the requirement ids it declares: read once, checked on every finding. */
	private final List<List<String>> declared;

	public ComplianceEngine(RequirementCatalog catalog, Profile profile) {
		this(catalog, profile, AvpsRules.all());
	}

	/** @throws IllegalStateException when a rule declares no requirement ({@link Verifies}) */
	public ComplianceEngine(RequirementCatalog catalog, Profile profile, List<AvpsRule> rules) {
		this.catalog = catalog;
		this.profile = profile;
		this.rules = List.copyOf(rules);
		this.declared = this.rules.stream().map(RuleFindings::declaredBy).toList();
	}

	public RequirementCatalog catalog() {
		return catalog;
	}

	public Profile profile() {
		return profile;
	}

	public List<AvpsRule> rules() {
		return rules;
	}

	public ComplianceResult validate(Collection<Platform> platformParts) {
		List<Finding> findings = new ArrayList<>();
		if (platformParts.isEmpty()) {
			return new ComplianceResult(catalog, profile, findings);
		}
		PlatformScope scope = new PlatformScope(platformParts);
		RuleFindings.Collector collector = (id, element, message, hint, fix) -> add(findings, id, element, message, hint, fix);
		for (int i = 0; i < rules.size(); i++) {
			AvpsRule rule = rules.get(i);
			rule.check(scope, new RuleFindings(rule.getClass(), declared.get(i), collector));
		}
		return new ComplianceResult(catalog, profile, findings);
	}

	/**
	 * Files a finding with its severity; the rule only said what is wrong. A finding of a rule switched off by the
	 * profile, or of a requirement a user catalog removed, is dropped.
	 */
	private void add(List<Finding> findings, String id, EObject element, String message, String hint, Optional<QuickFix> fix) {
		Optional<Requirement> requirement = catalog.find(id);
		if (requirement.isEmpty()) {
			return;
		}
		Severity severity = profile.severityOf(requirement.get());
		if (severity == Severity.OFF) {
			return;
		}
		Finding finding = new Finding(id, severity, message, element, hint, fix, FindingStatus.OPEN, null);
		String justification = waiverFor(id, element);
		findings.add(justification == null ? finding : finding.waived(justification));
	}

	/** The justification of the nearest waiver of {@code requirementId} on the element or its containers. */
	static String waiverFor(String requirementId, EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof WaivableElement waivable) {
				for (Waiver waiver : waivable.getWaivers()) {
					if (requirementId.equals(waiver.getRequirementId())) {
						return waiver.getJustification();
					}
				}
			}
		}
		return null;
	}
}
