// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.avpstudio.model.VirtualMachine;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.RequirementStatus;
import org.avpstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/**
 * What every report format shows: per requirement and per VM the status — from the static findings, refined by
 * guest-check results where a requirement needs them — with the findings and where they are in the model.
 */
public final class ComplianceReport {

	/** One requirement for one VM (or for the platform when {@code vm} is empty). */
	public record Row(Requirement requirement, String vm, RequirementStatus status, List<Finding> findings,
			List<GuestResults.Check> guestChecks) {
	}

	private final String modelName;
	private final ComplianceResult result;
	private final PlatformScope platform;
	private final List<GuestResults.Check> guestChecks;
	private final Function<EObject, SourceLocation> locator;
	private ComplianceReport previous;

	/** A verdict (requirement, VM) that differs from the one made with an earlier catalog, and the catalog change behind it. */
	public record VerdictChange(String requirementId, String vm, String before, String after, String why) {
	}

	public ComplianceReport(String modelName, PlatformScope platform, ComplianceResult result, List<GuestResults.Check> guestChecks,
			Function<EObject, SourceLocation> locator) {
		this.modelName = modelName;
		this.platform = platform;
		this.result = result;
		this.guestChecks = guestChecks;
		this.locator = locator;
	}

	/**
	 * This report, compared with {@code previous}: the same model checked with an earlier catalog. Reports then list
	 * the verdicts that changed, which the catalog alone changed.
	 */
	public ComplianceReport comparedWith(ComplianceReport previous) {
		ComplianceReport compared = new ComplianceReport(modelName, platform, result, guestChecks, locator);
		compared.previous = previous;
		return compared;
	}

	/** The catalog the comparison was made with, if the report is compared with one. */
	public java.util.Optional<org.avpstudio.spec.RequirementCatalog> previousCatalog() {
		return java.util.Optional.ofNullable(previous).map(p -> p.result.catalog());
	}

	/** The verdicts that differ from the earlier catalog's; empty when the report is not compared. */
	public List<VerdictChange> verdictChanges() {
		List<VerdictChange> changes = new ArrayList<>();
		if (previous == null) {
			return changes;
		}
		org.avpstudio.spec.CatalogDiff diff = org.avpstudio.spec.CatalogDiff.between(previous.result.catalog(), result.catalog());
		java.util.Map<String, Row> before = new java.util.LinkedHashMap<>();
		previous.rows().forEach(r -> before.put(r.requirement().id() + "|" + r.vm(), r));
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Row now : rows()) {
			String key = now.requirement().id() + "|" + now.vm();
			seen.add(key);
			Row old = before.get(key);
			String was = old == null ? "not in catalog" : old.status().label();
			if (!was.equals(now.status().label())) {
				changes.add(new VerdictChange(now.requirement().id(), now.vm(), was, now.status().label(),
						diff.of(now.requirement().id()).map(org.avpstudio.spec.CatalogDiff.Change::describe).orElse("")));
			}
		}
		before.forEach((key, old) -> {
			if (!seen.contains(key)) {
				changes.add(new VerdictChange(old.requirement().id(), old.vm(), old.status().label(), "not in catalog",
						diff.of(old.requirement().id()).map(org.avpstudio.spec.CatalogDiff.Change::describe).orElse("")));
			}
		});
		return changes;
	}

	public String modelName() {
		return modelName;
	}

	public ComplianceResult result() {
		return result;
	}

	public PlatformScope platform() {
		return platform;
	}

	public SourceLocation locate(Finding finding) {
		return locator.apply(finding.element());
	}

	/** Where a model element is written. */
	public SourceLocation locate(EObject element) {
		return locator.apply(element);
	}

	/** Open findings above info level fail a requirement; info findings only note what an optional requirement leaves out. */
	static boolean failing(Finding finding) {
		return finding.isOpen() && finding.severity() != Severity.INFO;
	}

	/** One row per requirement and VM; requirements with no VM-specific finding also get a platform row. */
	public List<Row> rows() {
		List<Row> rows = new ArrayList<>();
		for (Requirement requirement : result.catalog().requirements()) {
			for (VirtualMachine vm : platform.vms()) {
				rows.add(row(requirement, vm.getName()));
			}
		}
		return rows;
	}

	/** The requirement for the whole platform. */
	public Row platformRow(Requirement requirement) {
		return row(requirement, null);
	}

	private Row row(Requirement requirement, String vm) {
		List<Finding> findings = result.findingsFor(requirement.id()).stream()
				.filter(f -> vm == null || PlatformScope.vmOf(f.element()).map(v -> v.getName().equals(vm)).orElse(true)).toList();
		List<GuestResults.Check> checks = guestChecks.stream().filter(c -> c.requirementId().equals(requirement.id()))
				.filter(c -> vm == null || c.vm().equals(vm) || c.vm().isEmpty()).toList();
		RequirementStatus status = result.statusOf(requirement);
		if (status != RequirementStatus.DISABLED) {
			if (findings.stream().anyMatch(ComplianceReport::failing) || checks.stream().anyMatch(c -> c.status().equals("FAIL"))) {
				status = RequirementStatus.FAIL;
			} else if (findings.stream().anyMatch(f -> !f.isOpen())) {
				status = RequirementStatus.WAIVED;
			} else if (!findings.isEmpty() && status == RequirementStatus.FAIL) {
				status = RequirementStatus.PASS; // only notes: an optional capability the platform does not offer
			} else if (status == RequirementStatus.NEEDS_GUEST_CHECK && checks.stream().anyMatch(c -> c.status().equals("PASS"))) {
				status = RequirementStatus.PASS;
			} else if (status == RequirementStatus.FAIL || status == RequirementStatus.WAIVED && findings.isEmpty()) {
				status = RequirementStatus.PASS; // failing or waived only for other VMs
			}
		}
		return new Row(requirement, vm == null ? "" : vm, status, findings, checks);
	}
}
