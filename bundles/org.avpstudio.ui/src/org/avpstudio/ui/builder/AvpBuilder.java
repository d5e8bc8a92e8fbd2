// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.builder;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.ui.preferences.InfoMarkersPreference;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.IncrementalProjectBuilder;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Validates the .avp files of a project against the AVPS and keeps their problem markers. All files of the project
 * are read together, so that a change to a file that others import re-validates them too; a build that has
 * nothing to do with .avp files does nothing.
 */
public class AvpBuilder extends IncrementalProjectBuilder {

	public static final String ID = "org.avpstudio.ui.builder";

	@Override
	protected IProject[] build(int kind, Map<String, String> args, IProgressMonitor monitor) throws CoreException {
		IResourceDelta delta = kind == FULL_BUILD ? null : getDelta(getProject());
		if (delta != null && !touchesAvpFiles(delta)) {
			return null;
		}
		validate(getProject(), monitor);
		return null;
	}

	@Override
	protected void clean(IProgressMonitor monitor) throws CoreException {
		getProject().deleteMarkers(AvpMarkers.PROBLEM, true, IResource.DEPTH_INFINITE);
	}

	/**
	 * Re-validates every .avp file of {@code project} with the project's compliance settings and replaces its
	 * markers. The files are loaded into one model set, so a file others import is read once.
	 */
	public static void validate(IProject project, IProgressMonitor monitor) throws CoreException {
		List<IFile> files = avpFiles(project);
		SubMonitor progress = SubMonitor.convert(monitor, "Validating .avp files of " + project.getName(), files.size());
		ModelSet models = new ModelSet(ProjectCompliance.settingsFor(project));
		for (IFile file : files) {
			if (progress.isCanceled()) {
				throw new OperationCanceledException();
			}
			AvpMarkers.clear(file);
			if (file.getLocation() == null) {
				continue; // a file of a remote file system: the editor still checks it
			}
			try {
				PlatformModel model = models.load(file.getLocation().toFile().toPath());
				String text = model.resource().getParseResult() == null ? "" : model.resource().getParseResult().getRootNode().getText();
				boolean infoMarkers = InfoMarkersPreference.get();
				for (ModelDiagnostic diagnostic : model.diagnostics()) {
					if (diagnostic.severity() == ModelDiagnostic.Severity.INFO && !infoMarkers) {
						continue; // optional capabilities not offered: the AVPS Compliance view lists them
					}
					AvpMarkers.create(file, text, diagnostic);
				}
			} catch (ModelException e) {
				AvpMarkers.create(file, "", new ModelDiagnostic(file.getName(), 1, 1, -1, 0, ModelDiagnostic.Severity.ERROR,
						ModelDiagnostic.Kind.MODEL, "", e.getMessage(), "", ""));
			}
			progress.worked(1);
		}
	}

	static List<IFile> avpFiles(IProject project) throws CoreException {
		List<IFile> files = new ArrayList<>();
		project.accept(resource -> {
			if (resource instanceof IFile file && "avp".equals(file.getFileExtension()) && !file.isDerived()) {
				files.add(file);
			}
			return !(resource.getType() == IResource.FOLDER && (resource.isDerived() || resource.getName().equals("generated")));
		});
		return files;
	}

	private static boolean touchesAvpFiles(IResourceDelta delta) throws CoreException {
		boolean[] found = { false };
		delta.accept(child -> {
			if ("avp".equals(child.getResource().getFileExtension())) {
				found[0] = true;
			}
			return !found[0];
		});
		return found[0];
	}
}
