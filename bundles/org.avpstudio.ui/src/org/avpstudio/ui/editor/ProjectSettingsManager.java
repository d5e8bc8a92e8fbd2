package org.avpstudio.ui.editor;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.eclipse.core.resources.IProject;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;

/**
 * The language server's view of one Eclipse project (a workspace folder named after it): every resource set it
 * creates carries the project's compliance settings, read again at each validation, so the editor's annotations
 * follow the project's properties.
 */
public class ProjectSettingsManager extends ProjectManager {

	private volatile IProject project;

	/** The resource set of the project's build. */
	@Override
	protected XtextResourceSet createFreshResourceSet(ResourceDescriptionsData newIndex) {
		return withSettings(super.createFreshResourceSet(newIndex));
	}

	/** The resource sets of open documents and of requests (hover, code actions, live scope). */
	@Override
	public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
		return withSettings(super.createNewResourceSet(newIndex));
	}

	private XtextResourceSet withSettings(XtextResourceSet resourceSet) {
		ComplianceSettings.attach(resourceSet, () -> ProjectCompliance.settingsFor(project()));
		return resourceSet;
	}

	/** The Eclipse project of this workspace folder, found once (Xtext may create a resource set before it knows its folder). */
	private IProject project() {
		IProject known = project;
		if (known == null || !known.isOpen()) {
			org.eclipse.emf.common.util.URI path = getProjectConfig() == null ? null : getProjectConfig().getPath();
			known = path == null ? null : ProjectCompliance.projectAt(java.net.URI.create(path.toString()));
			project = known;
		}
		return known;
	}
}
