package org.avpstudio.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.generator.report.ComplianceReport;
import org.avpstudio.generator.report.GuestResults;
import org.avpstudio.generator.report.HtmlReport;
import org.avpstudio.diagram.Diagrams;
import org.avpstudio.generator.report.JUnitReport;
import org.avpstudio.generator.report.MarkdownReport;
import org.avpstudio.generator.report.SarifReport;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.generator.report.Traceability;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Profile;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.util.LineAndColumn;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp report MODEL --format html|md|junit|sarif|csv --out FILE}: compliance evidence for people and CI servers. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = { "Write an AVPS compliance report: html (one self-contained page with the traceability matrix), md (merge-request comment),",
				"junit (one test case per requirement and VM), sarif (2.1.0) or csv (traceability: requirement, rules and checks, model elements, generated files)." },
		footer = { "", "Exit codes: 0 = written, 2 = the model, a guest-results file or the output could not be used." })
public class ReportCommand implements Callable<Integer> {

	enum Format {
		html, md, junit, sarif, csv
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .avp model")
	Path model;

	@Option(names = "--format", required = true, description = "html, md, junit, sarif or csv (the traceability matrix)")
	Format format;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the report file (replaced atomically)")
	Path out;

	@Option(names = "--profile", defaultValue = ProfileLoader.DEFAULT, description = "avps-2.0 (default), avps-2.0-strict, or a profile file")
	String profile;

	@Option(names = "--catalog", paramLabel = "FILE", description = "corrected or extended catalog (CSV); repeatable")
	List<Path> catalogs = new ArrayList<>();

	@Option(names = "--guest-results", paramLabel = "FILE", description = "output of generated guest-check scripts; repeatable")
	List<Path> guestResults = new ArrayList<>();

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			RequirementCatalog catalog = CatalogLoader.withOverrides(catalogs);
			Profile activeProfile = ProfileLoader.load(profile);
			ModelWorkspace workspace = new ModelWorkspace(catalog, activeProfile);
			ModelWorkspace.Validated validated = workspace.validate(model);
			if (validated.unreadable()) {
				validated.problems().stream().filter(p -> p.severity().equals("error")).forEach(p -> err.println(p.asText()));
				err.println("avp: " + model + " could not be parsed or its references resolved; no report was written");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			List<GuestResults.Check> checks;
			try {
				checks = GuestResults.read(guestResults);
			} catch (IOException e) {
				throw new CliException("cannot read guest results: " + e.getMessage());
			}
			Platform platform = (Platform) validated.resource().getContents().get(0);
			PlatformScope scope = new PlatformScope(AvpValidator.platformParts(platform));
			warnAboutGuestResults(checks, scope, err);
			ComplianceResult result = new ComplianceEngine(catalog, activeProfile).validate(scope.parts());
			ComplianceReport report = new ComplianceReport(model.getFileName().toString(), scope, result, checks, ReportCommand::locate);
			String text = switch (format) {
			case html -> HtmlReport.render(report, new Traceability(report), Diagrams.svg(scope, result));
			case csv -> new Traceability(report).toCsv();
			case md -> MarkdownReport.render(report);
			case junit -> JUnitReport.render(report);
			case sarif -> SarifReport.render(report);
			};
			write(text);
			spec.commandLine().getOut().println("wrote " + format + " report to " + out);
			return AvpCommandLine.EXIT_OK;
		} catch (CliException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	/** Results that cannot be merged are named, not silently dropped. */
	private void warnAboutGuestResults(List<GuestResults.Check> checks, PlatformScope scope, PrintWriter err) {
		if (!guestResults.isEmpty() && checks.isEmpty()) {
			err.println("avp: warning: no AVP-CHECK lines in " + guestResults + "; is it the console output of a generated guest-check script?");
		}
		List<String> vms = scope.vms().stream().map(vm -> vm.getName()).toList();
		checks.stream().map(GuestResults.Check::vm).distinct().filter(vm -> !vm.isEmpty() && !vms.contains(vm)).forEach(vm -> err.println("avp: warning: guest results for VM '"
				+ vm + "', which " + model.getFileName() + " does not declare, are ignored (VMs: " + String.join(", ", vms) + ")"));
	}

	private void write(String text) throws CliException {
		AtomicFile.write(out, text, "report");
	}

	static SourceLocation locate(EObject element) {
		String file = element.eResource() == null ? "" : element.eResource().getURI().toString();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return new SourceLocation(file, 1, 1);
		}
		LineAndColumn at = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SourceLocation(file, at.getLine(), at.getColumn());
	}
}
