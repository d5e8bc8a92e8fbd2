// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.views;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.validation.PlatformCompliance;
import org.avpstudio.generator.report.ComplianceReport;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.PlatformScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * One line of the AVPS Compliance view: a requirement for one VM (or the platform), its status, and where the
 * first finding about it is written. Plain values, copied out of the model so the view never holds EMF objects.
 */
public record RequirementRow(String requirementId, String vm, String status, String level, String provenance, String subject,
		String finding, int offset, int length) {

	/** The rows of a validated .avp resource, from the same status logic the HTML report uses. */
	public static List<RequirementRow> of(XtextResource resource, org.eclipse.xtext.util.CancelIndicator cancel) {
		List<RequirementRow> rows = new ArrayList<>();
		if (resource.getContents().isEmpty() || !(resource.getContents().get(0) instanceof Platform platform)) {
			return rows;
		}
		PlatformScope scope = PlatformCompliance.scopeOf(platform);
		ComplianceResult result = PlatformCompliance.of(platform, scope);
		ComplianceReport report = new ComplianceReport(resource.getURI().lastSegment(), scope, result, List.of(), element -> new SourceLocation("", 0, 0));
		List<ComplianceReport.Row> reportRows = new ArrayList<>(report.rows());
		if (scope.vms().isEmpty()) {
			result.catalog().requirements().forEach(r -> reportRows.add(report.platformRow(r)));
		}
		for (ComplianceReport.Row row : reportRows) {
			if (cancel.isCanceled()) {
				return null;
			}
			Requirement requirement = row.requirement();
			Finding first = row.findings().stream().filter(f -> f.element() != null && f.element().eResource() == resource).findFirst().orElse(null);
			int[] at = first == null ? new int[] { -1, 0 } : region(first.element());
			rows.add(new RequirementRow(requirement.id(), row.vm() == null ? "(platform)" : row.vm(), row.status().label(),
					level(requirement, result.profile()), provenance(requirement), requirement.sectionTitle(),
					first == null ? "" : first.message(), at[0], at[1]));
		}
		return rows;
	}

	/** The level the profile judges at, e.g. "may (disputed: must)". */
	static String level(Requirement requirement, org.avpstudio.validation.Profile profile) {
		String level = requirement.effectiveLevel().toString().toLowerCase(java.util.Locale.ROOT);
		return requirement.disputed() ? level + " (disputed: " + requirement.disputedLevel().toString().toLowerCase(java.util.Locale.ROOT)
				+ (profile.stricterWhenDisputed() ? ", applied" : "") + ")" : level;
	}

	/** e.g. "draft-wording (§2.8.1, REQ-3, read in D2, D3, level seen: SHALL NOT)". */
	static String provenance(Requirement requirement) {
		String source = requirement.source().describe();
		return requirement.evidence().label() + (source.isEmpty() ? "" : " (" + source + ")");
	}

	private static int[] region(EObject element) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		return node == null ? new int[] { -1, 0 } : new int[] { node.getOffset(), node.getLength() };
	}
}
