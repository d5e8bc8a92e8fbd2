// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.commands;

import org.avpstudio.ui.views.ReportView;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;

/** Check compliance: writes the HTML compliance report of a .avp file under {@code reports/} and shows it. */
public class CheckComplianceHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IFile model = AvpSelection.fileOrExplain(event, "Check Compliance");
		if (model == null) {
			return null;
		}
		if (AvpSelection.saveEditorsOf(model)) {
			schedule(model, "html", true);
		}
		return null;
	}

	/** Writes a report in a Job; an HTML report is shown in the AVPS Report view when done. */
	public static Job schedule(IFile model, String format, boolean show) {
		return ComplianceArtifacts.schedule("Writing the " + format + " compliance report of " + model.getName(), model, monitor -> {
			IFile report = ComplianceArtifacts.report(model, format, monitor);
			if (show) {
				PlatformUI.getWorkbench().getDisplay().asyncExec(() -> ReportView.show(report));
			}
			return Status.OK_STATUS;
		});
	}
}
