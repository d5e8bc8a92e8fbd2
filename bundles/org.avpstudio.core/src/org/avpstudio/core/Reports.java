// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.diagram.Diagrams;
import org.avpstudio.generator.report.Baseline;
import org.avpstudio.generator.report.ComplianceReport;
import org.avpstudio.generator.report.GuestResults;
import org.avpstudio.generator.report.HtmlReport;
import org.avpstudio.generator.report.JUnitReport;
import org.avpstudio.generator.report.MarkdownReport;
import org.avpstudio.generator.report.ReqIfReport;
import org.avpstudio.generator.report.SarifReport;
import org.avpstudio.generator.report.Traceability;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.PlatformScope;

/** Compliance reports of a usable model, merged with what guest-check scripts found inside the booted guests. */
public final class Reports {

	/**
	 * A rendered report, and what of the guest results could not be merged (named, never silently dropped).
	 * {@code text} is the document (for {@code reqifz} the .reqif inside the archive); {@code content} the bytes
	 * saved to the file.
	 */
	public record Report(ReportFormat format, String text, byte[] content, List<String> warnings) {

		public Report(ReportFormat format, String text, List<String> warnings) {
			this(format, text, text.getBytes(StandardCharsets.UTF_8), warnings);
		}
	}

	private Reports() {
	}

	public static Report render(PlatformModel model, ReportFormat format, List<GuestResults.Check> guestChecks) throws ModelException {
		return render(model, format, guestChecks, null, null);
	}

	/**
	 * Each finding of the model against an earlier SARIF report: new, unchanged, updated, and the baseline's
	 * findings that are gone ({@link Baseline#read} reads the file, with a located error for a malformed one).
	 */
	public static Baseline.Comparison compare(PlatformModel model, Baseline baseline) throws ModelException {
		model.requireUsable("it was not compared with the baseline");
		return baseline.compare(model.compliance().findings());
	}

	/**
	 * The report. With a baseline comparison ({@link #compare}; may be null) SARIF results carry their
	 * {@code baselineState} (and the absent findings are listed) and the Markdown report lists the changes first; other
	 * formats ignore it. With {@code previousCatalog} (may be null) the model is also checked against that earlier
	 * catalog under the same profile, and the HTML and Markdown reports say which verdicts the catalog changed.
	 */
	public static Report render(PlatformModel model, ReportFormat format, List<GuestResults.Check> guestChecks, Baseline.Comparison baseline,
			RequirementCatalog previousCatalog) throws ModelException {
		model.requireUsable("no report was written");
		PlatformScope scope = model.scope();
		String name = model.file().getFileName().toString();
		ComplianceReport report = new ComplianceReport(name, scope, model.compliance(), guestChecks, PlatformModel::locate);
		if (previousCatalog != null) {
			ComplianceResult before = new ComplianceEngine(previousCatalog, model.settings().profile()).validate(scope.parts());
			report = report.comparedWith(new ComplianceReport(name, scope, before, guestChecks, PlatformModel::locate));
		}
		String text = switch (format) {
		case HTML -> HtmlReport.render(report, new Traceability(report), Diagrams.svg(scope, model.compliance()));
		case CSV -> new Traceability(report).toCsv();
		case MD -> MarkdownReport.render(report, baseline);
		case JUNIT -> JUnitReport.render(report);
		case SARIF -> SarifReport.render(report, baseline);
		case REQIF, REQIFZ -> ReqIfReport.render(report, new Traceability(report), Instant.now());
		};
		if (format == ReportFormat.REQIFZ) {
			return new Report(format, text, ReqIfReport.zip(report, text), warnings(model, guestChecks));
		}
		return new Report(format, text, warnings(model, guestChecks));
	}

	/** Renders the report and saves it to {@code out} (see {@link FileSave}). */
	public static Report write(PlatformModel model, ReportFormat format, List<GuestResults.Check> guestChecks, Path out)
			throws ModelException, SaveException {
		return write(model, format, guestChecks, null, null, out);
	}

	/** Renders the report against a baseline comparison and an earlier catalog (each may be null) and saves it to {@code out}. */
	public static Report write(PlatformModel model, ReportFormat format, List<GuestResults.Check> guestChecks, Baseline.Comparison baseline,
			RequirementCatalog previousCatalog, Path out) throws ModelException, SaveException {
		Report report = render(model, format, guestChecks, baseline, previousCatalog);
		FileSave.save(out, report.content());
		return report;
	}

	private static List<String> warnings(PlatformModel model, List<GuestResults.Check> checks) {
		List<String> warnings = new ArrayList<>();
		List<String> vms = model.scope().vms().stream().map(vm -> vm.getName()).toList();
		checks.stream().map(GuestResults.Check::vm).distinct().filter(vm -> !vm.isEmpty() && !vms.contains(vm))
				.forEach(vm -> warnings.add("guest results for VM '" + vm + "', which " + model.file().getFileName()
						+ " does not declare, are ignored (VMs: " + String.join(", ", vms) + ")"));
		return warnings;
	}
}
