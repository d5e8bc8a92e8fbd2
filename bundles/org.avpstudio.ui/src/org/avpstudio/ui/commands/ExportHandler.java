package org.avpstudio.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** Export SARIF / JUnit: the compliance findings for code-scanning tools and CI servers, under {@code reports/}. */
public class ExportHandler extends AbstractHandler {

	public static final String FORMAT_PARAMETER = "org.avpstudio.ui.export.format";

	@Override
	public Object execute(ExecutionEvent event) {
		IFile model = AvpSelection.file(event);
		String format = event.getParameter(FORMAT_PARAMETER);
		if (model == null) {
			MessageDialog.openInformation(HandlerUtil.getActiveShell(event), "Export", "Select a .avp file or open it in the editor first.");
			return null;
		}
		if (IDE.saveAllEditors(new IResource[] { model.getProject() }, true)) {
			CheckComplianceHandler.schedule(model, format == null ? "sarif" : format, false);
		}
		return null;
	}
}
