// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide;

import java.util.function.Function;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.eclipse.xtext.ide.server.ProjectManager;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsData;
import org.eclipse.xtext.workspace.IProjectConfig;

import com.google.inject.Inject;
import com.google.inject.name.Named;

/**
 * A language server's project whose resource sets carry compliance settings: the build's, the open documents' and
 * the requests'. The settings are asked of the server's source at each validation (a project's settings may change
 * while the server runs; Xtext may create a resource set before it knows its project).
 */
public class SettingsProjectManager extends ProjectManager {

	/** The binding name of the source: a project's configuration (null outside any folder) to its settings. */
	public static final String SOURCE = "avp.complianceSettings";

	@Inject
	@Named(SOURCE)
	private Function<IProjectConfig, ComplianceSettings> source;

	@Override
	protected XtextResourceSet createFreshResourceSet(ResourceDescriptionsData newIndex) {
		return withSettings(super.createFreshResourceSet(newIndex));
	}

	@Override
	public XtextResourceSet createNewResourceSet(ResourceDescriptionsData newIndex) {
		return withSettings(super.createNewResourceSet(newIndex));
	}

	private XtextResourceSet withSettings(XtextResourceSet resourceSet) {
		ComplianceSettings.attach(resourceSet, () -> source.apply(getProjectConfig()));
		return resourceSet;
	}
}
