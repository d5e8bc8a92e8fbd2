// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.commands;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;

/** Export SARIF / JUnit: the compliance findings for code-scanning tools and CI servers, under {@code reports/}. */
public class ExportHandler extends AbstractHandler {

	public static final String FORMAT_PARAMETER = "org.avpstudio.ui.export.format";

	@Override
	public Object execute(ExecutionEvent event) {
		IFile model = AvpSelection.fileOrExplain(event, "Export");
		String format = event.getParameter(FORMAT_PARAMETER);
		if (model == null) {
			return null;
		}
		if (AvpSelection.saveEditorsOf(model)) {
			CheckComplianceHandler.schedule(model, format == null ? "sarif" : format, false);
		}
		return null;
	}
}
