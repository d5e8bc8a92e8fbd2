// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.preferences;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.ui.builder.AvpBuilder;
import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.resources.ProjectScope;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The compliance settings of a project: its own profile and catalog files when its properties say so (stored in
 * {@code .settings/org.avpstudio.ui.prefs}, shared through version control), else the workspace's profile. Every
 * model of the project is checked with them: the builder's markers, the editor's annotations, the views, the
 * reports and exports.
 */
public final class ProjectCompliance {

	public static final String KEY_PROJECT_SPECIFIC = "projectSpecific";
	public static final String KEY_CATALOGS = "catalogs";
	/** The job family of the re-validations that follow a change of settings. */
	public static final Object REVALIDATION = new Object();

	/** What a project asks for: a profile (name or file) and catalog files (project-relative or absolute), in order. */
	public record Choice(String profile, List<String> catalogs) {
	}

	/** Loaded settings: one entry per project (and the workspace), kept while what they came from is unchanged. */
	private static final Map<String, Loaded> LOADED = new ConcurrentHashMap<>();

	/** Settings and what they were loaded from (profile, catalog files and their modification times). */
	private record Loaded(String source, ComplianceSettings settings) {
	}

	private ProjectCompliance() {
	}

	public static Choice choice(IProject project) {
		IEclipsePreferences node = node(project);
		if (node == null || !node.getBoolean(KEY_PROJECT_SPECIFIC, false)) {
			return new Choice(ComplianceProfilePreference.get(), List.of());
		}
		List<String> catalogs = node.get(KEY_CATALOGS, "").lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
		return new Choice(node.get(ComplianceProfilePreference.KEY, ProfileLoader.DEFAULT), catalogs);
	}

	/** The settings models of {@code project} are checked with; the defaults (with a logged warning) when they cannot be loaded. */
	public static ComplianceSettings settingsFor(IProject project) {
		if (project == null) {
			return load(new Choice(ComplianceProfilePreference.get(), List.of()), null);
		}
		return load(choice(project), project);
	}

	/** The open project whose folder is {@code location} (a file URI), or null. */
	public static IProject projectAt(java.net.URI location) {
		if (location == null) {
			return null;
		}
		for (org.eclipse.core.resources.IContainer container : ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(location)) {
			if (container instanceof IProject project && project.isOpen()) {
				return project;
			}
		}
		return null;
	}

	/** Checks a choice as the property page offers it; the exception names what cannot be used. */
	public static ComplianceSettings check(IProject project, Choice choice) throws CatalogException, ProfileException {
		return ComplianceSettings.load(resolve(project, choice.profile()), paths(project, choice.catalogs()));
	}

	/** Stores a project's own settings (or clears them) and re-validates its models. */
	public static void store(IProject project, boolean projectSpecific, Choice choice) throws BackingStoreException {
		IEclipsePreferences node = node(project);
		node.putBoolean(KEY_PROJECT_SPECIFIC, projectSpecific);
		node.put(ComplianceProfilePreference.KEY, choice.profile());
		node.put(KEY_CATALOGS, String.join("\n", choice.catalogs()));
		node.flush();
		changed(project);
	}

	/**
	 * The settings of {@code project} (all projects when null) changed: open editors are checked again at once, and
	 * the markers are rebuilt in the background.
	 */
	public static void changed(IProject project) {
		AvpDocumentSync.revalidateAll();
		Job job = new Job("Re-validating .avp files with new compliance settings") {
			@Override
			protected IStatus run(IProgressMonitor monitor) {
				try {
					if (project == null) {
						ResourcesPlugin.getWorkspace().build(IncrementalProjectBuilder.FULL_BUILD, monitor);
					} else if (project.isOpen()) {
						AvpBuilder.validate(project, monitor);
					}
					return Status.OK_STATUS;
				} catch (CoreException e) {
					return e.getStatus();
				}
			}

			@Override
			public boolean belongsTo(Object family) {
				return family == REVALIDATION;
			}
		};
		job.setRule(project == null ? ResourcesPlugin.getWorkspace().getRoot() : project);
		job.schedule();
	}

	private static ComplianceSettings load(Choice choice, IProject project) {
		String profile = resolve(project, choice.profile());
		List<Path> catalogs = paths(project, choice.catalogs());
		String key = profile + stamp(Path.of(profile)) + catalogs.stream().map(p -> "|" + p + stamp(p)).reduce("", String::concat);
		String owner = project == null ? "" : project.getName();
		Loaded known = LOADED.get(owner);
		if (known != null && known.source().equals(key)) {
			return known.settings();
		}
		ComplianceSettings loaded;
		try {
			loaded = ComplianceSettings.load(profile, catalogs);
		} catch (CatalogException | ProfileException e) {
			ILog.of(ProjectCompliance.class).warn("The compliance settings of " + (project == null ? "the workspace" : "project " + project.getName())
					+ " cannot be used (" + e.getMessage() + "); the built-in catalog and profile " + ProfileLoader.DEFAULT
					+ " are used instead. Fix them in the project's Properties > AVP Studio Compliance.");
			loaded = ComplianceSettings.defaults();
		}
		LOADED.put(owner, new Loaded(key, loaded));
		return loaded;
	}

	private static String stamp(Path file) {
		try {
			return Files.isRegularFile(file) ? "@" + Files.getLastModifiedTime(file).toMillis() : "";
		} catch (IOException e) {
			return "";
		}
	}

	/** A profile file or catalog named relative to the project; built-in profile names stay as they are. */
	private static String resolve(IProject project, String name) {
		if (project == null || project.getLocation() == null || ProfileLoader.BUILT_IN.contains(name) || Path.of(name).isAbsolute()) {
			return name;
		}
		return project.getLocation().toFile().toPath().resolve(name).toString();
	}

	private static List<Path> paths(IProject project, List<String> catalogs) {
		List<Path> paths = new ArrayList<>();
		catalogs.forEach(catalog -> paths.add(Path.of(resolve(project, catalog))));
		return paths;
	}

	private static IEclipsePreferences node(IProject project) {
		return project == null || !project.isOpen() ? null : new ProjectScope(project).getNode(ComplianceProfilePreference.NODE);
	}
}
