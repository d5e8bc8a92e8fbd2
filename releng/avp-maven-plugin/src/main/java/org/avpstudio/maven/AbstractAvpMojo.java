// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;

/**
 * What the three goals share: the models (files or folders), the compliance settings (profile, catalogs), where
 * results go, {@code skip}, and the stamp that lets a goal do nothing when its inputs did not change.
 */
abstract class AbstractAvpMojo extends AbstractMojo {

	/** The project's folder; relative paths are resolved against it. */
	@Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
	File basedir;

	/** .avp files, or folders searched for .avp files (recursively). Default: {@code src/main/avp}. */
	@Parameter(property = "avp.models")
	List<File> models = new ArrayList<>();

	/** {@code avps-2.0} (default), {@code avps-2.0-strict}, or a profile file. */
	@Parameter(property = "avp.profile", defaultValue = "avps-2.0")
	String profile;

	/** Corrected or extended requirement catalogs (CSV), applied over the built-in one. */
	@Parameter
	List<File> catalogs = new ArrayList<>();

	/** Where reports, generated files and stamps go. */
	@Parameter(property = "avp.outputDirectory", defaultValue = "${project.build.directory}/avp")
	File outputDirectory;

	/** Skips every goal of this plugin ({@code -Davp.skip}). */
	@Parameter(property = "avp.skip", defaultValue = "false")
	boolean skip;

	/** Redo the work even when the models and settings did not change since the last run. */
	@Parameter(property = "avp.force", defaultValue = "false")
	boolean force;

	@Override
	public final void execute() throws MojoExecutionException, MojoFailureException {
		if (skip) {
			getLog().info("avp: skipped (avp.skip)");
			return;
		}
		List<Path> files = modelFiles();
		if (files.isEmpty()) {
			getLog().info("avp: no .avp models in " + (models.isEmpty() ? defaultModels() : models) + "; nothing to do");
			return;
		}
		run(files);
	}

	abstract void run(List<Path> files) throws MojoExecutionException, MojoFailureException;

	private Path defaultModels() {
		return basedir.toPath().resolve("src/main/avp");
	}

	/** The .avp files named or found below the folders named, sorted; a name that does not exist is an error. */
	List<Path> modelFiles() throws MojoExecutionException {
		if (models.isEmpty()) {
			Path folder = defaultModels();
			return Files.isDirectory(folder) ? below(folder) : List.of();
		}
		TreeSet<Path> found = new TreeSet<>();
		for (File model : models) {
			Path path = resolve(model);
			if (Files.isDirectory(path)) {
				found.addAll(below(path));
			} else if (Files.isRegularFile(path)) {
				found.add(path);
			} else {
				throw new MojoExecutionException("avp: model " + path + " does not exist; <models> takes .avp files or folders holding them");
			}
		}
		return List.copyOf(found);
	}

	Path resolve(File file) {
		Path path = file.toPath();
		return (path.isAbsolute() ? path : basedir.toPath().resolve(path)).toAbsolutePath().normalize();
	}

	private static List<Path> below(Path folder) throws MojoExecutionException {
		try (Stream<Path> walk = Files.walk(folder)) {
			return walk.filter(p -> p.getFileName().toString().endsWith(".avp") && Files.isRegularFile(p)).map(p -> p.toAbsolutePath().normalize()).sorted()
					.toList();
		} catch (IOException e) {
			throw new MojoExecutionException("avp: cannot list " + folder + ": " + e.getMessage());
		}
	}

	List<Path> catalogFiles() {
		return catalogs.stream().map(this::resolve).toList();
	}

	ComplianceSettings settings() throws MojoExecutionException {
		try {
			return ComplianceSettings.load(profile, catalogFiles());
		} catch (CatalogException | ProfileException e) {
			throw new MojoExecutionException("avp: " + e.getMessage());
		}
	}

	/** The settings every goal's result depends on, as text for its stamp. */
	List<String> settingsKey() {
		List<String> key = new ArrayList<>();
		// the code that made the result: the plugin's and the core's jars (another version checks again)
		for (Class<?> code : List.of(AbstractAvpMojo.class, org.avpstudio.core.ModelSet.class, org.avpstudio.generator.Targets.class,
				org.avpstudio.validation.ProfileException.class)) {
			key.add("code " + codeVersion(code));
		}
		key.add("profile " + profile);
		catalogFiles().forEach(c -> key.add("catalog " + c + " " + Stamp.hash(c)));
		Path profileFile = basedir.toPath().resolve(profile);
		if (Files.isRegularFile(profileFile)) {
			key.add("profile-file " + Stamp.hash(profileFile));
		}
		return key;
	}

	/** Where a class was loaded from, with that file's size and time. */
	private static String codeVersion(Class<?> code) {
		try {
			Path location = Path.of(code.getProtectionDomain().getCodeSource().getLocation().toURI());
			return location + " " + Files.size(location) + " " + Files.getLastModifiedTime(location).toMillis();
		} catch (Exception e) {
			return code.getName() + " unknown";
		}
	}

	Path outputDirectory() {
		return outputDirectory.toPath().toAbsolutePath().normalize();
	}

	/** The base name of a model's results: its file name without {@code .avp}. */
	static String baseName(Path model) {
		String name = model.getFileName().toString();
		return name.endsWith(".avp") ? name.substring(0, name.length() - 4) : name;
	}
}
