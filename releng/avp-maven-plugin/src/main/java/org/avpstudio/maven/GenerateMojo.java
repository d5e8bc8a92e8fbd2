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
import org.avpstudio.core.Generation;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.TargetFinding;
import org.avpstudio.generator.Targets;
import org.avpstudio.generator.report.SourceLocation;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * {@code avp:generate}: the hypervisor configurations of each model into {@code target/avp/generated/<model>/}
 * (every file saved atomically; files whose content did not change are not rewritten). Nothing is loaded or written
 * when the models, what they import and the settings did not change since the last run (its stamp).
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class GenerateMojo extends AbstractAvpMojo {

	/** qemu, libvirt, xen, crosvm, cloud-hypervisor, dts, guest-check, or all (default). */
	@Parameter(property = "avp.targets")
	List<String> targets = new ArrayList<>();

	/** Where the configurations go; one folder per model below it. */
	@Parameter(property = "avp.generatedDirectory", defaultValue = "${project.build.directory}/avp/generated")
	File generatedDirectory;

	@Override
	void run(List<Path> files) throws MojoExecutionException, MojoFailureException {
		List<Target> chosen = targets();
		Path out = generatedDirectory.toPath().toAbsolutePath().normalize();
		Path stampFile = outputDirectory().resolve(".stamps/generate.stamp");
		List<String> settingsKey = new ArrayList<>(settingsKey());
		settingsKey.add("targets " + chosen.stream().map(Target::name).toList());
		settingsKey.add("out " + out);
		Stamp last = force ? null : Stamp.read(stampFile);
		if (last != null && last.upToDate(settingsKey, files)) {
			getLog().info("avp: " + files.size() + " model(s) and settings unchanged since the last generation; nothing regenerated (" + out + ")");
			last.lines.forEach(getLog()::warn);
			return;
		}
		ModelSet modelSet = new ModelSet(settings());
		List<ResourceSet> sets = new ArrayList<>();
		List<Path> outputs = new ArrayList<>();
		List<String> warnings = new ArrayList<>();
		for (Path file : files) {
			PlatformModel model;
			try {
				model = modelSet.load(file);
			} catch (ModelException e) {
				throw new MojoExecutionException("avp: " + e.getMessage());
			}
			sets.add(model.resource().getResourceSet());
			if (!model.usable()) {
				model.blockingDiagnostics().forEach(d -> getLog().error(Findings.line(d)));
				throw new MojoFailureException("avp: " + file + " could not be parsed or its references resolved; nothing was generated");
			}
			Path folder = out.resolve(baseName(file));
			Generation.Result result;
			try {
				result = Generation.generate(model, chosen, folder);
			} catch (ModelException | SaveException e) {
				throw new MojoExecutionException("avp: " + e.getMessage());
			}
			for (TargetFinding finding : result.findings()) {
				SourceLocation at = PlatformModel.locate(finding.element());
				String line = Findings.path(at.file(), file) + ":" + at.line() + ": warning: " + finding.target() + ": "
						+ finding.message();
				warnings.add(line);
				getLog().warn(line);
			}
			outputs.addAll(result.files().changed());
			outputs.addAll(result.files().unchanged());
			getLog().info("avp: " + file.getFileName() + ": wrote " + result.files().changed().size() + " file(s) to " + folder
					+ (result.files().unchanged().isEmpty() ? "" : " (" + result.files().unchanged().size() + " unchanged)"));
		}
		List<Path> inputs = Stamp.inputs(files, sets);
		try {
			new Stamp(Stamp.key(settingsKey, inputs), inputs, outputs, warnings).write(stampFile);
		} catch (IOException e) {
			getLog().warn("avp: cannot write " + stampFile + " (" + e.getMessage() + "); the next build generates again");
		}
	}

	private List<Target> targets() throws MojoExecutionException {
		if (targets.isEmpty() || targets.contains("all")) {
			return Targets.all();
		}
		List<Target> chosen = new ArrayList<>();
		for (String name : new LinkedHashSet<>(targets)) {
			chosen.add(Targets.byName(name.trim()).orElseThrow(() -> new MojoExecutionException("avp: unknown target '" + name + "'; use "
					+ String.join(", ", Targets.all().stream().map(Target::name).toList()) + " or all")));
		}
		return chosen;
	}
}
