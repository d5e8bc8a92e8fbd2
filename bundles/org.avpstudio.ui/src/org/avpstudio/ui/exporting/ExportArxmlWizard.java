// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.exporting;

import java.nio.file.Path;
import java.util.List;

import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.importer.arxml.ArxmlExport;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;

/**
 * File > Export > AVP Studio > AUTOSAR ARXML: a .avp platform of the workspace written as an AUTOSAR Adaptive machine
 * manifest by the headless exporter ({@code org.avpstudio.importer.arxml.ArxmlExport}), saved through {@code io.FileSave};
 * what the manifest cannot hold is shown on the page.
 */
public class ExportArxmlWizard extends Wizard implements IExportWizard {

	public static final String ID = "org.avpstudio.ui.exportArxml";

	private IStructuredSelection selection;
	private ExportArxmlPage page;
	private ArxmlExport.Result result;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.selection = selection;
		setWindowTitle("Export AUTOSAR ARXML");
	}

	@Override
	public void addPages() {
		IFile model = null;
		if (selection != null && selection.getFirstElement() instanceof IFile file && "avp".equals(file.getFileExtension())) {
			model = file;
		}
		page = new ExportArxmlPage(model);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile model = page.model();
		IFile target = page.target();
		if (model == null || target == null) {
			return false;
		}
		try {
			PlatformModel loaded = ModelSet.withDefaults().load(Path.of(model.getLocationURI()));
			if (!loaded.usable()) {
				page.setErrorMessage(model.getFullPath() + " has errors, nothing exported: " + loaded.blockingDiagnostics().get(0).asText());
				return false;
			}
			result = ArxmlExport.write(loaded.platform(), page.release());
			FileSave.save(Path.of(target.getLocationURI()), result.text());
			target.refreshLocal(IResource.DEPTH_ZERO, null);
			return true;
		} catch (ModelException | SaveException | CoreException e) {
			page.setErrorMessage(target.getFullPath() + " was not written: " + e.getMessage());
			return false;
		}
	}

	/** For tests and scripted use: the page. */
	public ExportArxmlPage page() {
		return page;
	}

	/** The parts of the platform the last export could not write (empty before a Finish). */
	public List<String> notWritten() {
		return result == null ? List.of() : result.notWritten();
	}
}
