// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.ReportFormat;
import org.avpstudio.core.Reports;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.report.GuestResults;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * {@code avp:report}: compliance reports of each model into {@code target/avp/} ({@code <model>-compliance.html},
 * {@code <model>.sarif}, {@code <model>-compliance.junit.xml}, ...). The report goal does not fail the build on
 * findings (the validate goal does); a model that does not parse fails it, as no report can be made. Nothing is
 * loaded or written when the models, what they import and the settings did not change since the last run.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractAvpMojo {

	/** html, md, junit, sarif, csv, reqif, reqifz; default html, sarif and junit. */
	@Parameter(property = "avp.formats")
	List<String> formats = new ArrayList<>();

	/** Console output of generated guest-check scripts, merged into the reports. */
	@Parameter
	List<File> guestResults = new ArrayList<>();

	@Override
	void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
		List<ReportFormat> chosen = formats();
		Path out = outputDirectory();
		Path stampFile = out.resolve(".stamps/report.stamp");
		List<String> settingsKey = new ArrayList<>(settingsKey());
		settingsKey.add("formats " + chosen);
		List<Path> guests = guestResults.stream().map(this::resolve).toList();
		guests.forEach(g -> settingsKey.add("guest-results " + g + " " + Stamp.hash(g)));
		Stamp last = force ? null : Stamp.read(stampFile);
		if (last != null && last.upToDate(settingsKey, files)) {
			getLog().info("avp: " + files.size() + " model(s) and settings unchanged since the last report; reports kept in " + out);
			return;
		}
		List<GuestResults.Check> checks;
		try {
			checks = GuestResults.read(guests);
		} catch (IOException e) {
			throw new MojoExecutionException("avp: cannot read guest results: " + e.getMessage());
		}
		ModelSet modelSet = new ModelSet(settings());
		List<ResourceSet> sets = new ArrayList<>();
		List<Path> outputs = new ArrayList<>();
		for (Path file : files) {
			try {
				PlatformModel model = modelSet.load(file);
				sets.add(model.resource().getResourceSet());
				if (!model.usable()) {
					model.blockingDiagnostics().forEach(d -> getLog().error(Findings.line(d)));
					throw new MojoFailureException("avp: " + file + " could not be parsed or its references resolved; no report was written");
				}
				for (ReportFormat format : chosen) {
					Path report = out.resolve(format.fileName(baseName(file)));
					Reports.Report written = Reports.write(model, format, checks, report);
					written.warnings().forEach(w -> getLog().warn("avp: " + w));
					outputs.add(report);
					getLog().info("avp: wrote " + format.id() + " report " + report);
				}
			} catch (ModelException | SaveException e) {
				throw new MojoExecutionException("avp: " + e.getMessage());
			}
		}
		List<Path> inputs = Stamp.inputs(files, sets);
		try {
			new Stamp(Stamp.key(settingsKey, inputs), inputs, outputs, List.of()).write(stampFile);
		} catch (IOException e) {
			getLog().warn("avp: cannot write " + stampFile + " (" + e.getMessage() + "); the next build reports again");
		}
	}

	private List<ReportFormat> formats() throws MojoExecutionException {
		if (formats.isEmpty()) {
			return List.of(ReportFormat.HTML, ReportFormat.SARIF, ReportFormat.JUNIT);
		}
		List<ReportFormat> chosen = new ArrayList<>();
		for (String id : new LinkedHashSet<>(formats)) {
			chosen.add(ReportFormat.byId(id.trim()).orElseThrow(() -> new MojoExecutionException("avp: '" + id + "' is no report format; use "
					+ String.join(", ", java.util.Arrays.stream(ReportFormat.values()).map(ReportFormat::id).toList()))));
		}
		return chosen;
	}
}
