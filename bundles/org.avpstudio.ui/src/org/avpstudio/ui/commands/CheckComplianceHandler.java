package org.avpstudio.ui.commands;

import org.avpstudio.ui.views.ReportView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** Check compliance: writes the HTML compliance report of a .avp file under {@code reports/} and shows it. */
public class CheckComplianceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IFile model = AvpSelection.file(event);
		if (model == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Check Compliance", "Select a .avp file or open it in the editor first.");
			return null;
		}
		if (IDE.saveAllEditors(new IResource[] { model.getProject() }, true)) {
			schedule(model, "html", true);
		}
		return null;
	}

	/** Writes a report in a Job; an HTML report is shown in the AVPS Report view when done. */
	public static Job schedule(IFile model, String format, boolean show) {
		Job job = Job.create("Writing the " + format + " compliance report of " + model.getName(), monitor -> {
			try {
				IFile report = ComplianceArtifacts.report(model, format, monitor);
				if (show) {
					PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ReportView.show(report));
				}
				return Status.OK_STATUS;
			} catch (CoreException e) {
				return e.getStatus();
			}
		});
		job.setRule(model.getProject());
		job.setUser(true);
		job.schedule();
		return job;
	}
}
