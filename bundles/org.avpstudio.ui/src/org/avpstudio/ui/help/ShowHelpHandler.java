// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.help;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;

/**
 * Help > AVP Studio Help (the getting-started page) and, on F1 in the AVP Editor, the .avp language reference: the
 * command's {@code org.avpstudio.ui.help.page} parameter names the page.
 */
public class ShowHelpHandler extends AbstractHandler {

	public static final String PAGE = "org.avpstudio.ui.help.page";

	@Override
	public Object execute(ExecutionEvent event) {
		String page = event.getParameter(PAGE);
		AvpHelp.show(page == null || page.isBlank() ? AvpHelp.GETTING_STARTED : page);
		return null;
	}
}
