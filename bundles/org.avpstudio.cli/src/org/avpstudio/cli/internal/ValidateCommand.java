// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelFiles;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.generator.Json;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp validate FILE|DIR...}: syntax, references and AVPS compliance of platform models. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check .avp platform models: syntax, references and every AVPS requirement a model can decide.",
		footer = { "", "Exit codes: 0 = compliant, 1 = findings at error level, 2 = a file could not be read or parsed." })
public class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = ".avp files to check; a folder stands for every .avp file below it (one JVM, one model set)")
	List<Path> files;

	@Mixin
	ComplianceOptions compliance;

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	Format format;

	@Option(names = "--fix", description = "apply the quick fixes of the findings that have one, save the files, then report what is left")
	boolean fix;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			ComplianceSettings settings = compliance.settings(err);
			List<ModelDiagnostic> diagnostics = new ArrayList<>();
			boolean unusable = false;
			ModelSet models = new ModelSet(settings);
			for (Path file : ModelFiles.expand(files)) {
				PlatformModel model = models.load(file);
				if (fix && model.usable()) {
					List<String> applied = model.applyQuickFixes();
					applied.forEach(label -> err.println(file + ": fixed " + label));
					if (!applied.isEmpty()) {
						model = new ModelSet(settings).load(file);
					}
				}
				diagnostics.addAll(model.diagnostics());
				unusable |= !model.usable();
			}
			diagnostics.sort(Comparator.comparing(ModelDiagnostic::file).thenComparingInt(ModelDiagnostic::line).thenComparingInt(ModelDiagnostic::column));
			print(out, diagnostics, settings);
			if (diagnostics.stream().anyMatch(d -> d.kind() == ModelDiagnostic.Kind.INTERNAL)) {
				err.println("avp: an internal error stopped the check (see above): the verdict is not reliable; please report this");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			if (unusable) {
				err.println("avp: the model could not be parsed, its imports loaded or its references resolved; fix the errors above first");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			return diagnostics.stream().anyMatch(ModelDiagnostic::isError) ? AvpCommandLine.EXIT_FINDINGS : AvpCommandLine.EXIT_OK;
		} catch (ModelException | SaveException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private void print(PrintWriter out, List<ModelDiagnostic> diagnostics, ComplianceSettings settings) {
		if (format == Format.json) {
			out.println("{\"catalog\":" + Json.quote(settings.catalog().provenance()) + ",\"profile\":" + Json.quote(settings.profile().name())
					+ ",\"findings\":[");
			for (int i = 0; i < diagnostics.size(); i++) {
				out.println("  " + Printed.json(diagnostics.get(i)) + (i + 1 < diagnostics.size() ? "," : ""));
			}
			out.println("]}");
			return;
		}
		diagnostics.forEach(d -> out.println(Printed.text(d)));
		long errors = diagnostics.stream().filter(ModelDiagnostic::isError).count();
		long warnings = diagnostics.stream().filter(d -> d.severity() == ModelDiagnostic.Severity.WARNING).count();
		out.println(errors + " error(s), " + warnings + " warning(s), " + (diagnostics.size() - errors - warnings) + " info(s) — profile "
				+ settings.profile().name() + "; " + settings.catalog().provenance());
	}
}
