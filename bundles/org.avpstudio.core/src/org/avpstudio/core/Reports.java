package org.avpstudio.core;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.diagram.Diagrams;
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
		return render(model, format, guestChecks, null);
	}

	/**
	 * The report; when {@code previousCatalog} is given, compared with the same model checked against that (earlier)
	 * catalog under the same profile, so the report says which verdicts the catalog changed.
	 */
	public static Report render(PlatformModel model, ReportFormat format, List<GuestResults.Check> guestChecks,
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
		case MD -> MarkdownReport.render(report);
		case JUNIT -> JUnitReport.render(report);
		case SARIF -> SarifReport.render(report);
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
		return write(model, format, guestChecks, null, out);
	}

	/** Renders the report, compared with {@code previousCatalog} when given, and saves it to {@code out}. */
	public static Report write(PlatformModel model, ReportFormat format, List<GuestResults.Check> guestChecks,
			RequirementCatalog previousCatalog, Path out) throws ModelException, SaveException {
		Report report = render(model, format, guestChecks, previousCatalog);
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
