// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * {@code avp:validate}: checks the models (syntax, references, imports, every AVPS requirement a model can decide)
 * and logs each finding as {@code file:line: severity: id: message}. Fails the build on errors ({@code failOnError},
 * default true) and, if asked, on warnings ({@code failOnWarning}); a model that does not parse or link always fails
 * it. With a {@code baseline} (an earlier SARIF report) only new findings count.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractAvpMojo {

	/** Fail the build when a model has a finding at error level. */
	@Parameter(property = "avp.failOnError", defaultValue = "true")
	boolean failOnError;

	/** Fail the build when a model has a finding at warning level. */
	@Parameter(property = "avp.failOnWarning", defaultValue = "false")
	boolean failOnWarning;

	/**
	 * SARIF baseline: the SARIF report of an earlier build, or the folder holding its reports (one per model). Each finding is logged as new or unchanged (SARIF
	 * {@code baselineState}), the baseline's findings that are gone as absent, and only new findings fail the build.
	 */
	@Parameter(property = "avp.baseline")
	File baseline;

	@Override
	void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
		Path stampFile = outputDirectory().resolve(".stamps/validate.stamp");
		List<String> settingsKey = new ArrayList<>(settingsKey());
		if (baseline != null) {
			Path b = resolve(baseline);
			settingsKey.add("baseline " + b + " " + Stamp.hash(b));
			if (java.nio.file.Files.isDirectory(b)) {
				try (var reports = java.nio.file.Files.list(b)) {
					reports.filter(f -> f.toString().endsWith(".sarif")).sorted().forEach(f -> settingsKey.add("baseline " + f + " " + Stamp.hash(f)));
				} catch (IOException e) {
					throw new MojoExecutionException("avp: cannot list the baseline folder " + b + ": " + e.getMessage());
				}
			}
		}
		Stamp last = force ? null : Stamp.read(stampFile);
		List<String> lines;
		if (last != null && last.upToDate(settingsKey, files)) {
			getLog().info("avp: " + files.size() + " model(s) and settings unchanged since the last check; its findings again:");
			lines = last.lines;
		} else {
			List<ResourceSet> sets = new ArrayList<>();
			lines = check(files, sets);
			Stamp stamp = new Stamp(Stamp.key(settingsKey, Stamp.inputs(files, sets)), Stamp.inputs(files, sets), List.of(), lines);
			try {
				stamp.write(stampFile);
			} catch (IOException e) {
				getLog().warn("avp: cannot write " + stampFile + " (" + e.getMessage() + "); the next build checks again");
			}
		}
		judge(lines);
	}

	/** Loads and checks every model; the result lines are {@code SEVERITY STATE TEXT} (STATE new, unchanged or -). */
	private List<String> check(List<Path> files, List<ResourceSet> sets) throws MojoExecutionException {
		ComplianceSettings settings = settings();
		Baseline base = null;
		if (baseline != null) {
			try {
				base = Baseline.read(resolve(baseline));
			} catch (IOException e) {
				throw new MojoExecutionException("avp: " + e.getMessage());
			}
		}
		List<String> lines = new ArrayList<>();
		ModelSet modelSet = new ModelSet(settings);
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		for (Path file : files) {
			PlatformModel model;
			try {
				model = modelSet.load(file);
			} catch (ModelException e) {
				throw new MojoExecutionException("avp: " + e.getMessage());
			}
			diagnostics.addAll(model.diagnostics());
			if (!model.usable()) {
				lines.add("unusable - " + file + " could not be parsed, its imports loaded or its references resolved; fix the errors first");
			}
			sets.add(model.resource().getResourceSet());
		}
		diagnostics.sort(Comparator.comparing(ModelDiagnostic::file).thenComparingInt(ModelDiagnostic::line).thenComparingInt(ModelDiagnostic::column));
		List<String> found = new ArrayList<>();
		for (ModelDiagnostic d : diagnostics) {
			String state = base == null || d.kind() != ModelDiagnostic.Kind.COMPLIANCE ? (base == null ? "-" : "new") : base.state(d);
			found.add(d.severity().name() + " " + state + " " + Findings.line(d) + (base == null ? "" : " [" + state + "]"));
		}
		if (base != null) {
			for (Baseline.Result gone : base.absent()) {
				found.add("ABSENT absent " + gone.fileName() + ":" + gone.line() + ": " + gone.ruleId() + ": " + gone.message() + " [absent]");
			}
		}
		lines.addAll(0, found);
		lines.add("SUMMARY - " + profile + (base == null ? "" : "; baseline " + base.file()));
		return lines;
	}

	/** Logs the result lines and fails the build as the settings say. */
	private void judge(List<String> lines) throws MojoFailureException {
		int errors = 0;
		int warnings = 0;
		int infos = 0;
		int unusable = 0;
		int counted = 0;
		int absent = 0;
		String summary = "";
		for (String line : lines) {
			String[] parts = line.split(" ", 3);
			if (parts.length < 3) {
				continue;
			}
			String severity = parts[0];
			boolean counts = !parts[1].equals("unchanged");
			String text = parts[2];
			switch (severity) {
			case "ERROR" -> {
				getLog().error(text);
				errors++;
				if (counts && failOnError) {
					counted++;
				}
			}
			case "WARNING" -> {
				getLog().warn(text);
				warnings++;
				if (counts && failOnWarning) {
					counted++;
				}
			}
			case "INFO" -> {
				getLog().info(text);
				infos++;
			}
			case "ABSENT" -> {
				getLog().info(text);
				absent++;
			}
			case "unusable" -> {
				getLog().error("avp: " + text);
				unusable++;
			}
			case "SUMMARY" -> summary = text;
			default -> {
			}
			}
		}
		getLog().info("avp: " + errors + " error(s), " + warnings + " warning(s), " + infos + " info(s)" + (absent > 0 ? ", " + absent + " absent" : "")
				+ " — profile " + summary);
		if (unusable > 0) {
			throw new MojoFailureException("avp: " + unusable + " model(s) could not be parsed or linked (errors above)");
		}
		if (counted > 0) {
			throw new MojoFailureException("avp: " + counted + " finding(s) fail the build (failOnError=" + failOnError + ", failOnWarning=" + failOnWarning
					+ (baseline == null ? "" : ", new since the baseline only") + "); see the findings above");
		}
	}
}
