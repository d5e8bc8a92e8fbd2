package org.avpstudio.cli.internal;

import org.avpstudio.generator.Json;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.Profile;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp validate FILE...}: syntax, references and AVPS compliance of platform models. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Check .avp platform models: syntax, references and every AVPS requirement a model can decide.",
		footer = { "", "Exit codes: 0 = compliant, 1 = findings at error level, 2 = a file could not be read or parsed." })
public class ValidateCommand implements Callable<Integer> {

	enum Format {
		text, json
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..*", paramLabel = "FILE", description = ".avp files to check")
	List<Path> files;

	@Option(names = "--profile", paramLabel = "P", defaultValue = ProfileLoader.DEFAULT,
			description = "avps-2.0 (default), avps-2.0-strict, or a profile file")
	String profile;

	@Option(names = "--catalog", paramLabel = "FILE", description = "a corrected or extended requirement catalog (CSV) applied over the built-in one; repeatable")
	List<Path> catalogs = new ArrayList<>();

	@Option(names = "--format", defaultValue = "text", description = "text (default) or json")
	Format format;

	@Option(names = "--fix", description = "apply the quick fixes of the findings that have one, save the files, then report what is left")
	boolean fix;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			RequirementCatalog catalog = CatalogLoader.withOverrides(catalogs);
			Profile activeProfile = ProfileLoader.load(profile);
			ModelWorkspace workspace = new ModelWorkspace(catalog, activeProfile);
			List<Problem> problems = new ArrayList<>();
			boolean unreadable = false;
			for (Path file : files) {
				ModelWorkspace.Validated result = workspace.validate(file);
				if (fix && !result.unreadable()) {
					List<String> applied = workspace.applyQuickFixes(result);
					applied.forEach(label -> err.println(file + ": fixed " + label));
					if (!applied.isEmpty()) {
						result = new ModelWorkspace(catalog, activeProfile).validate(file);
					}
				}
				problems.addAll(result.problems());
				unreadable |= result.unreadable();
			}
			problems.sort(java.util.Comparator.comparing(Problem::file).thenComparingInt(Problem::line).thenComparingInt(Problem::column));
			print(out, problems, catalog, activeProfile);
			if (problems.stream().anyMatch(Problem::internal)) {
				err.println("avp: an internal error stopped the check (see above): the verdict is not reliable; please report this");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			if (unreadable) {
				err.println("avp: the model could not be parsed, its imports loaded or its references resolved; fix the errors above first");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			return problems.stream().anyMatch(p -> p.severity().equals("error")) ? AvpCommandLine.EXIT_FINDINGS
					: AvpCommandLine.EXIT_OK;
		} catch (CliException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private void print(PrintWriter out, List<Problem> problems, RequirementCatalog catalog, Profile activeProfile) {
		if (format == Format.json) {
			out.println("{\"catalog\":" + Json.quote(catalog.provenance()) + ",\"profile\":" + Json.quote(activeProfile.name())
					+ ",\"findings\":[");
			for (int i = 0; i < problems.size(); i++) {
				out.println("  " + problems.get(i).asJson() + (i + 1 < problems.size() ? "," : ""));
			}
			out.println("]}");
			return;
		}
		problems.forEach(p -> out.println(p.asText()));
		long errors = problems.stream().filter(p -> p.severity().equals("error")).count();
		long warnings = problems.stream().filter(p -> p.severity().equals("warning")).count();
		out.println(errors + " error(s), " + warnings + " warning(s), " + (problems.size() - errors - warnings)
				+ " info(s) — profile " + activeProfile.name() + "; " + catalog.provenance());
	}
}
