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
 * catalog level, waived when the element or one of its containers waives the requirement. The same engine
 * serves the Xtext validator, the Eclipse builder, the CLI and the reports.
 */
public final class ComplianceEngine {

	private final RequirementCatalog catalog;
	private final Profile profile;
	private final List<AvpsRule> rules;

	public ComplianceEngine(RequirementCatalog catalog, Profile profile) {
		this(catalog, profile, AvpsRules.all());
	}

	public ComplianceEngine(RequirementCatalog catalog, Profile profile, List<AvpsRule> rules) {
		this.catalog = catalog;
		this.profile = profile;
		this.rules = List.copyOf(rules);
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
		FindingSink sink = new FindingSink() {
			@Override
			public void report(String requirementId, EObject element, String message, String fixHint) {
				add(requirementId, element, message, fixHint, Optional.empty());
			}

			@Override
			public void report(String requirementId, EObject element, String message, String fixHint, QuickFix fix) {
				add(requirementId, element, message, fixHint, Optional.of(fix));
			}

			private void add(String id, EObject element, String message, String hint, Optional<QuickFix> fix) {
				Optional<Requirement> requirement = catalog.find(id);
				if (requirement.isEmpty()) {
					return; // removed from the catalog by a user override: no longer checked
				}
				Severity severity = profile.severityOf(requirement.get());
				if (severity == Severity.OFF) {
					return;
				}
				Finding finding = new Finding(id, severity, message, element, hint, fix, FindingStatus.OPEN, null);
				String justification = waiverFor(id, element);
				findings.add(justification == null ? finding : finding.waived(justification));
			}
		};
		for (AvpsRule rule : rules) {
			rule.check(scope, sink);
		}
		return new ComplianceResult(catalog, profile, findings);
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
