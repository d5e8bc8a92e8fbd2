// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.internal;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IProjectDescription;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.IStartup;

/**
 * Brings a folder of example platforms into the workspace as a project, in place (nothing is copied).
 * The launcher passes {@code -Davpstudio.importProject=DIR}; the project keeps the folder's own name.
 */
public class ExamplesProject implements IStartup {

	static final String IMPORT_PROPERTY = "avpstudio.importProject";

	@Override
	public void earlyStartup() {
		String folder = System.getProperty(IMPORT_PROPERTY);
		if (folder == null || folder.isBlank()) {
			return;
		}
		Job job = Job.create("Importing AVP Studio examples", (IProgressMonitor monitor) -> {
			try {
				IProject project = importFolder(org.eclipse.core.resources.ResourcesPlugin.getWorkspace(), Path.of(folder), monitor);
				showFirstModel(project);
				return Status.OK_STATUS;
			} catch (CoreException | IllegalArgumentException e) {
				return Status.error("Cannot import " + folder + ": " + e.getMessage(), e);
			}
		});
		job.schedule();
	}

	/** Opens the cockpit example (or the first .avp file) in the AVP editor, so that the workbench starts on a model. */
	private static void showFirstModel(IProject project) throws CoreException {
		org.eclipse.core.resources.IFile[] first = { project.getFile("cockpit/cockpit.avp") };
		if (!first[0].exists()) {
			first[0] = null;
			project.accept(resource -> {
				if (first[0] == null && resource instanceof org.eclipse.core.resources.IFile file && "avp".equals(file.getFileExtension())) {
					first[0] = file;
				}
				return first[0] == null;
			});
		}
		if (first[0] == null) {
			return;
		}
		org.eclipse.ui.PlatformUI.getWorkbench().getDisplay().asyncExec(() -> {
			org.eclipse.ui.IWorkbenchWindow window = org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow();
			if (window != null && window.getActivePage() != null && window.getActivePage().getEditorReferences().length == 0) {
				try {
					org.eclipse.ui.ide.IDE.openEditor(window.getActivePage(), first[0], true);
				} catch (org.eclipse.ui.PartInitException e) {
					// the workbench shows why the editor cannot open
				}
			}
		});
	}

	/** Opens the project at {@code folder}, creating its description there if it has none. */
	public static IProject importFolder(IWorkspace workspace, Path folder, IProgressMonitor monitor)
			throws CoreException {
		if (!Files.isDirectory(folder)) {
			throw new IllegalArgumentException("not a folder");
		}
		Path absolute = folder.toAbsolutePath().normalize();
		String name = absolute.getFileName().toString();
		IProjectDescription description;
		Path dotProject = absolute.resolve(".project");
		if (Files.isRegularFile(dotProject)) {
			description = workspace.loadProjectDescription(org.eclipse.core.runtime.Path.fromOSString(dotProject.toString()));
			name = description.getName();
		} else {
			description = workspace.newProjectDescription(name);
		}
		IProject project = workspace.getRoot().getProject(name);
		if (!project.exists()) {
			if (!absolute.getParent().equals(Path.of(workspace.getRoot().getLocation().toOSString()))) {
				description.setLocation(org.eclipse.core.runtime.Path.fromOSString(absolute.toString()));
			}
			project.create(description, monitor);
		}
		if (!project.isOpen()) {
			project.open(monitor);
		}
		return project;
	}

}
