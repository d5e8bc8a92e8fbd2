// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.wizards;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.avpstudio.ui.builder.AvpNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Group;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

/** File > New > AVP Platform: a .avp file from a template, in a project that gets the AVP nature (validation on build). */
public class NewPlatformWizard extends Wizard implements INewWizard {

	private IStructuredSelection selection;
	private IWorkbench workbench;
	private FilePage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("New AVP Platform");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new FilePage(selection);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false;
		}
		try {
			AvpNature.addTo(file.getProject(), null);
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file);
		} catch (CoreException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}

	/** Chooses the folder, the file name and the template. */
	static final class FilePage extends WizardNewFileCreationPage {
		private PlatformTemplate template = PlatformTemplate.AARCH64_CLUSTER_IVI;

		FilePage(IStructuredSelection selection) {
			super("platform", selection);
			setTitle("AVP Platform");
			setDescription("Create a .avp platform model from a template.");
			setFileExtension("avp");
			setFileName("platform.avp");
		}

		@Override
		public void createControl(Composite parent) {
			super.createControl(parent);
			Composite page = (Composite) getControl();
			Group group = new Group(page, SWT.NONE);
			group.setText("Template");
			group.setLayout(new GridLayout(1, false));
			group.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			for (PlatformTemplate each : PlatformTemplate.values()) {
				Button button = new Button(group, SWT.RADIO);
				button.setText(each.label());
				button.setData(each);
				button.setSelection(each == template);
				button.addListener(SWT.Selection, e -> template = (PlatformTemplate) button.getData());
			}
			page.layout(true);
		}

		@Override
		protected InputStream getInitialContents() {
			try {
				String text = template.text(PlatformTemplate.platformName(getFileName()));
				return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
			} catch (IOException e) {
				setErrorMessage(e.getMessage());
				return null;
			}
		}

		void select(PlatformTemplate chosen) {
			template = chosen;
		}
	}

	/** For tests and scripted use: the page's template choice. */
	public void selectTemplate(PlatformTemplate chosen) {
		page.select(chosen);
	}

	public void setFile(String container, String fileName) {
		page.setContainerFullPath(new org.eclipse.core.runtime.Path(container));
		page.setFileName(fileName);
	}
}
