// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.wizards;

import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.util.Enumeration;

import org.avpstudio.ui.builder.AvpNature;
import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.dialogs.WizardNewProjectCreationPage;

/** File > New > Example... > AVP Studio Examples: a project with the example platforms (cockpit, devbox, a non-compliant one). */
public class ExamplesWizard extends Wizard implements INewWizard {

	private WizardNewProjectCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		setWindowTitle("AVP Studio Examples");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewProjectCreationPage("examples");
		page.setTitle("AVP Studio Examples");
		page.setDescription("A project with example platforms: an aarch64 cockpit, an x86_64 development box and a platform with AVPS gaps.");
		page.setInitialProjectName("avp-examples");
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IProject project = page.getProjectHandle();
		try {
			getContainer().run(true, true, monitor -> {
				try {
					create(project, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			return false;
		}
	}

	/** Creates {@code project} with the examples shipped in this bundle and the AVP nature. */
	public static IProject create(IProject project, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Creating " + project.getName(), 10);
		if (!project.exists()) {
			project.create(progress.split(1));
		}
		project.open(progress.split(1));
		AvpNature.addTo(project, progress.split(1));
		Enumeration<URL> entries = Platform.getBundle("org.avpstudio.ui").findEntries("examples", "*", true);
		while (entries != null && entries.hasMoreElements()) {
			URL entry = entries.nextElement();
			String path = entry.getPath().substring(entry.getPath().indexOf("examples/") + "examples/".length());
			if (path.isEmpty() || path.endsWith("/")) {
				continue;
			}
			IFile file = project.getFile(path);
			ensure(file.getParent());
			try (InputStream in = entry.openStream()) {
				if (file.exists()) {
					continue; // never overwrite what a user may have edited
				}
				file.create(in, true, progress.split(1));
			} catch (java.io.IOException e) {
				throw new CoreException(Status.error("Cannot copy example " + path + ": " + e.getMessage(), e));
			}
		}
		return project;
	}

	private static void ensure(IContainer container) throws CoreException {
		if (container instanceof IFolder folder && !folder.exists()) {
			ensure(folder.getParent());
			folder.create(true, true, null);
		}
	}

	/** The project the examples go into by default. */
	public static IProject defaultProject() {
		return ResourcesPlugin.getWorkspace().getRoot().getProject("avp-examples");
	}
}
