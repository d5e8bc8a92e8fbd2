// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.exporting;

import org.avpstudio.importer.arxml.ArxmlExport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The platform (.avp of the workspace), the AUTOSAR release and the .arxml file to write. */
public class ExportArxmlPage extends WizardPage {

	private final IFile initial;
	private Text model;
	private Combo release;
	private Text target;

	ExportArxmlPage(IFile initial) {
		super("arxml");
		this.initial = initial;
		setTitle("AUTOSAR ARXML");
		setDescription("The platform's VMs as AUTOSAR Adaptive machines: machine designs, processor cores (vCPUs and pinning), resource groups (memory), Ethernet clusters, hardware elements.");
	}

	@Override
	public void createControl(Composite parent) {
		Composite page = new Composite(parent, SWT.NONE);
		page.setLayout(new GridLayout(2, false));
		new Label(page, SWT.NONE).setText("&Platform (.avp):");
		model = new Text(page, SWT.BORDER);
		model.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		new Label(page, SWT.NONE).setText("AUTOSAR &release:");
		release = new Combo(page, SWT.READ_ONLY);
		for (ArxmlExport.Release r : ArxmlExport.Release.values()) {
			release.add(r.id() + " (" + r.schema() + ")");
		}
		release.select(ArxmlExport.Release.NEWEST.ordinal());
		new Label(page, SWT.NONE).setText("&To file (.arxml):");
		target = new Text(page, SWT.BORDER);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Label note = new Label(page, SWT.WRAP);
		note.setText("No AUTOSAR schema is shipped; validate the file with your AUTOSAR tool or with avp export --schema. Boot, VIRTIO devices other than net, MACs and the hypervisor have no element in a machine manifest.");
		GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		wide.widthHint = 600;
		note.setLayoutData(wide);
		if (initial != null) {
			model.setText(initial.getFullPath().toString());
			target.setText(initial.getFullPath().removeFileExtension().addFileExtension("arxml").toString());
		}
		model.addModifyListener(e -> {
			IFile file = model();
			if (file != null && target.getText().isBlank()) {
				target.setText(file.getFullPath().removeFileExtension().addFileExtension("arxml").toString());
			}
			update();
		});
		target.addModifyListener(e -> update());
		setControl(page);
		update();
	}

	private void update() {
		String problem = null;
		if (model() == null) {
			problem = "Give the workspace path of an existing .avp file, e.g. /project/platform.avp.";
		} else if (target() == null) {
			problem = "Give the workspace path of the .arxml file to write, in an existing project.";
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	/** The .avp file named, when it exists. */
	public IFile model() {
		IFile file = file(model.getText());
		return file != null && file.exists() && "avp".equals(file.getFileExtension()) ? file : null;
	}

	/** The file to write, when its project exists. */
	public IFile target() {
		IFile file = file(target.getText());
		return file != null && file.getProject().exists() && "arxml".equals(file.getFileExtension()) ? file : null;
	}

	public ArxmlExport.Release release() {
		return ArxmlExport.Release.values()[Math.max(0, release.getSelectionIndex())];
	}

	/** For tests and scripted use: fills the page as a user does. */
	public void set(String modelPath, String releaseId, String targetPath) {
		model.setText(modelPath);
		release.select(ArxmlExport.Release.of(releaseId).ordinal());
		target.setText(targetPath);
	}

	private static IFile file(String path) {
		if (path == null || path.isBlank()) {
			return null;
		}
		IPath p = IPath.fromOSString(path.strip());
		if (p.segmentCount() < 2) {
			return null;
		}
		IResource found = ResourcesPlugin.getWorkspace().getRoot().findMember(p);
		return found instanceof IFile f ? f : ResourcesPlugin.getWorkspace().getRoot().getFile(p);
	}
}
