// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.internal;

import org.avpstudio.ui.AvpStudioUi;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;

/** Switches the active window to the AVP Studio perspective. */
public class OpenPerspectiveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getWorkbench().showPerspective(AvpStudioUi.PERSPECTIVE_ID, window);
		} catch (WorkbenchException e) {
			throw new ExecutionException("Cannot open the AVP Studio perspective", e);
		}
		return null;
	}
}
