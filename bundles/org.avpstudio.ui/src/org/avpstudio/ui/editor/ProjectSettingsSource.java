// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.eclipse.core.resources.IProject;
import org.eclipse.xtext.workspace.IProjectConfig;

/**
 * The compliance settings of the workbench's language server: a workspace folder is an Eclipse project, checked
 * with that project's settings ({@link ProjectCompliance}); the project is found once per folder.
 */
final class ProjectSettingsSource implements Function<IProjectConfig, ComplianceSettings> {

	private final Map<String, IProject> projects = new ConcurrentHashMap<>();

	@Override
	public ComplianceSettings apply(IProjectConfig folder) {
		return ProjectCompliance.settingsFor(project(folder));
	}

	private IProject project(IProjectConfig folder) {
		if (folder == null || folder.getPath() == null) {
			return null;
		}
		String location = folder.getPath().toString();
		IProject known = projects.get(location);
		if (known == null || !known.isOpen()) {
			known = ProjectCompliance.projectAt(URI.create(location));
			if (known != null) {
				projects.put(location, known);
			}
		}
		return known;
	}
}
