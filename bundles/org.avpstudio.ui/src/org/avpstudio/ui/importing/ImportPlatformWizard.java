// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.io.ByteArrayInputStream;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.util.function.Predicate;

import org.avpstudio.ui.builder.AvpNature;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.actions.WorkspaceModifyOperation;
import org.eclipse.ui.ide.IDE;

/**
 * File > Import > AVP Studio > Hypervisor configurations: files of other tools read by the headless importer
 * ({@code org.avpstudio.importer}) into a .avp file of a workspace project, after the user has seen the import report.
 */
public class ImportPlatformWizard extends Wizard implements IImportWizard {

	public static final String ID = "org.avpstudio.ui.importPlatform";

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private ImportSourcePage source;
	private ImportReportPage report;
	private Predicate<IFile> overwrite = this::askToOverwrite;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle("Import Hypervisor Configurations");
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		source = new ImportSourcePage(selection, () -> {
			if (report != null) {
				report.invalidate();
			}
		});
		report = new ImportReportPage(() -> source.request());
		addPage(source);
		addPage(report);
	}

	@Override
	public boolean performFinish() {
		ImportOutcome outcome = report.outcome();
		if (outcome == null || !outcome.succeeded()) {
			return false;
		}
		IFile file = outcome.request().file();
		try {
			file.refreshLocal(IResource.DEPTH_ZERO, null); // a file written outside Eclipse is not replaced unasked
			if (file.exists() && !overwrite.test(file)) {
				return false;
			}
			// the workspace's rule: adding the nature changes the project description
			getContainer().run(true, false, new WorkspaceModifyOperation() {
				@Override
				protected void execute(IProgressMonitor monitor) throws CoreException {
					write(file, outcome.text(), monitor);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), file, true);
			return true;
		} catch (InvocationTargetException e) {
			report.setErrorMessage(file.getFullPath() + " was not written: " + e.getCause().getMessage());
		} catch (PartInitException e) {
			// the file is there: the wizard closes, the user learns why no editor came up
			MessageDialog.openError(getShell(), "Import Hypervisor Configurations", file.getFullPath() + " was written but cannot be opened: " + e.getMessage());
			return true;
		} catch (CoreException e) {
			report.setErrorMessage(e.getMessage());
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		return false;
	}

	/** The whole text in one write through the workspace (a new file, or new contents with local history); the project gets the AVP nature. */
	static void write(IFile file, String text, IProgressMonitor monitor) throws CoreException {
		SubMonitor progress = SubMonitor.convert(monitor, "Writing " + file.getFullPath(), 2);
		ByteArrayInputStream contents = new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(contents, IResource.KEEP_HISTORY, progress.split(1));
		} else {
			file.create(contents, IResource.NONE, progress.split(1));
		}
		AvpNature.addTo(file.getProject(), progress.split(1));
	}

	private boolean askToOverwrite(IFile file) {
		return MessageDialog.openQuestion(getShell(), "Replace " + file.getName() + "?",
				file.getFullPath() + " exists. Replace it with the imported platform?");
	}

	/** For tests and scripted use: the first page, where the inputs and the destination are chosen. */
	public ImportSourcePage sourcePage() {
		return source;
	}

	/** For tests and scripted use: the report page. */
	public ImportReportPage reportPage() {
		return report;
	}

	/** For tests and scripted use: answers whether an existing file is replaced, instead of asking. */
	public void answerOverwrite(Predicate<IFile> answer) {
		overwrite = answer;
	}
}
