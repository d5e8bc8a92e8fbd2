// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelFiles;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.ReportFormat;
import org.avpstudio.core.Reports;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.report.Baseline;
import org.avpstudio.generator.report.GuestResults;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.Severity;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp report MODEL --format html|md|junit|sarif|csv|reqif|reqifz --out FILE}: compliance evidence for people and CI servers. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write an AVPS compliance report: html (one self-contained page with the traceability matrix), md (merge-request comment),",
				"junit (one test case per requirement and VM), sarif (2.1.0), csv (traceability: requirement, rules and checks, model elements, generated files)",
				"or reqif/reqifz (ReqIF 1.0 for requirements tools, plain or zipped: requirements, status per VM, traceability relations)." },
		footer = { "", "Exit codes: 0 = written, 1 = written, and --fail-on error|new found open errors (new ones: not in --baseline),",
				"2 = the model, a guest-results file, the baseline or the output could not be used." })
public class ReportCommand implements Callable<Integer> {

	/** A report format by the name users give it ({@link ReportFormat#id()}). */
	static final class FormatConverter implements ITypeConverter<ReportFormat> {
		@Override
		public ReportFormat convert(String value) {
			return ReportFormat.byId(value).orElseThrow(() -> new TypeConversionException("'" + value + "' is no report format; use "
					+ String.join(", ", java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList())));
		}
	}

	@Spec
	CommandSpec spec;

	/** When a report fails the command. */
	enum FailOn {
		/** never (the report is the product): exit 0 once written */
		none,
		/** any open finding at error level */
		error,
		/** an open error finding that the baseline does not have */
		new_;

		@Override
		public String toString() {
			return this == new_ ? "new" : name();
		}
	}

	/** {@code --fail-on new} (a Java keyword as enum name). */
	static final class FailOnConverter implements ITypeConverter<FailOn> {
		@Override
		public FailOn convert(String value) {
			return switch (value) {
			case "none" -> FailOn.none;
			case "error" -> FailOn.error;
			case "new" -> FailOn.new_;
			default -> throw new TypeConversionException("'" + value + "' is not one of none, error, new");
			};
		}
	}

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .avp model, or a folder: one report per .avp file below it, written below --out")
	Path model;

	@Option(names = "--baseline", paramLabel = "SARIF", description = "an earlier SARIF report (a folder of them for a folder of models): "
			+ "mark findings new, unchanged, updated or absent (SARIF baselineState; the Markdown report lists the changes first)")
	Path baseline;

	@Option(names = "--fail-on", paramLabel = "WHEN", defaultValue = "none", converter = FailOnConverter.class,
			description = "none (default: exit 0 once written), error (exit 1 for open errors) or new (exit 1 for open errors the baseline does not have)")
	FailOn failOn;

	@Option(names = "--format", required = true, converter = FormatConverter.class, description = "html, md, junit, sarif, csv (the traceability matrix), reqif or reqifz (ReqIF 1.0)")
	ReportFormat format;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the report file (replaced atomically)")
	Path out;

	@Mixin
	ComplianceOptions compliance;

	@Option(names = "--guest-results", paramLabel = "FILE", description = "output of generated guest-check scripts; repeatable")
	List<Path> guestResults = new ArrayList<>();

	@Option(names = "--previous-catalog", paramLabel = "FILE", description = { "compare with the catalog an earlier report was made with:",
			"the built-in one with these catalog files (CSV or ReqIF) applied, or 'built-in' alone; the report then lists the verdicts",
			"the catalog changed; repeatable" })
	List<String> previousCatalog = new ArrayList<>();

	/** The catalog of {@code --previous-catalog}, read once per run; null when no comparison was asked for. */
	private org.avpstudio.spec.RequirementCatalog earlierCatalog;

	/** The earlier catalog, or null when no comparison was asked for. */
	private org.avpstudio.spec.RequirementCatalog previousCatalog() throws CatalogException {
		if (previousCatalog.isEmpty()) {
			return null;
		}
		return org.avpstudio.spec.CatalogLoader.withOverrides(
				previousCatalog.stream().filter(f -> !f.equals(CatalogCommand.BUILT_IN)).map(Path::of).toList());
	}

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			if (failOn == FailOn.new_ && baseline == null) {
				throw new CliException("--fail-on new needs --baseline (the SARIF report of an earlier run)");
			}
			ModelSet models = new ModelSet(compliance.settings(err));
			earlierCatalog = previousCatalog();
			if (!Files.isDirectory(model)) {
				if (baseline != null && Files.isDirectory(baseline)) {
					throw new CliException(baseline + ": a folder; for one model give --baseline the SARIF file of its earlier report");
				}
				return report(models, model, out, baseline == null ? null : Baseline.read(baseline));
			}
			if (Files.exists(out) && !Files.isDirectory(out)) {
				throw new CliException(out + ": for a folder of models --out is the folder the reports are written to, not a file");
			}
			if (baseline != null && !Files.isDirectory(baseline)) {
				throw new CliException(baseline + ": for a folder of models --baseline is the folder of their earlier reports");
			}
			int exit = AvpCommandLine.EXIT_OK;
			for (Path file : ModelFiles.below(model)) {
				Path relative = model.relativize(file);
				String name = relative.getFileName().toString();
				Path reportName = Path.of(format.fileName(name.substring(0, name.length() - ".avp".length())));
				Path target = relative.getParent() == null ? reportName : relative.getParent().resolve(reportName);
				Baseline before = null;
				if (baseline != null) {
					Path previous = baseline.resolve(target.toString());
					if (Files.exists(previous)) {
						before = Baseline.read(previous);
					} else {
						err.println("avp: warning: no baseline " + previous + " for " + file + ": every finding counts as new");
						before = Baseline.empty(previous.toString());
					}
				}
				exit = Math.max(exit, report(models, file, out.resolve(target.toString()), before));
			}
			return exit;
		} catch (CliException | ModelException | SaveException | CatalogException | ProfileException | Baseline.BaselineException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private int report(ModelSet models, Path model, Path out, Baseline before) throws CliException, ModelException, SaveException {
		PrintWriter err = spec.commandLine().getErr();
		{
			PlatformModel platform = models.load(model);
			if (!platform.usable()) {
				Printed.blocking(platform, "no report was written", err);
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			List<GuestResults.Check> checks;
			try {
				checks = GuestResults.read(guestResults);
			} catch (IOException e) {
				throw new CliException("cannot read guest results: " + e.getMessage());
			}
			if (!guestResults.isEmpty() && checks.isEmpty()) {
				err.println("avp: warning: no AVP-CHECK lines in " + guestResults + "; is it the console output of a generated guest-check script?");
			}
			Baseline.Comparison comparison = before == null ? null : Reports.compare(platform, before);
			Reports.Report report = Reports.write(platform, format, checks, comparison, earlierCatalog, out);
			report.warnings().forEach(warning -> err.println("avp: warning: " + warning));
			PrintWriter stdout = spec.commandLine().getOut();
			stdout.println("wrote " + format.id() + " report to " + out);
			if (comparison != null) {
				stdout.println(model + ": against baseline " + before.source() + ": " + comparison.count(Baseline.State.NEW) + " new ("
						+ comparison.newErrors().size() + " error(s)), " + comparison.count(Baseline.State.UPDATED) + " updated, "
						+ comparison.count(Baseline.State.ABSENT) + " fixed or gone, " + comparison.count(Baseline.State.UNCHANGED) + " unchanged");
			}
			List<Finding> failing = switch (failOn) {
			case none -> List.of();
			case error -> platform.compliance().openFindings().stream().filter(f -> f.severity() == Severity.ERROR).toList();
			case new_ -> comparison.newErrors();
			};
			for (Finding f : failing) {
				SourceLocation at = PlatformModel.locate(f.element());
				err.println(at.file().replaceFirst("^file:", "") + ":" + at.line() + ":" + at.column() + ": error: " + f.requirementId() + ": " + f.message()
						+ (failOn == FailOn.new_ ? " (new since the baseline)" : ""));
			}
			return failing.isEmpty() ? AvpCommandLine.EXIT_OK : AvpCommandLine.EXIT_FINDINGS;
		}
	}
}
