package org.avpstudio.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.ReportFormat;
import org.avpstudio.core.Reports;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.report.GuestResults;
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
		footer = { "", "Exit codes: 0 = written, 2 = the model, a guest-results file or the output could not be used." })
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

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .avp model")
	Path model;

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
			PlatformModel platform = new ModelSet(compliance.settings(err)).load(model);
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
			Reports.Report report = Reports.write(platform, format, checks, previousCatalog(), out);
			report.warnings().forEach(warning -> err.println("avp: warning: " + warning));
			spec.commandLine().getOut().println("wrote " + format.id() + " report to " + out);
			return AvpCommandLine.EXIT_OK;
		} catch (CliException | ModelException | SaveException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}
}
