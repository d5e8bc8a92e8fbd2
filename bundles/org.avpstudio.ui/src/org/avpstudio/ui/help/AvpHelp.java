// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.help;

import java.io.IOException;
import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.osgi.framework.Bundle;

/**
 * Opens a page of the AVP Studio help: in Eclipse's help window when the help system's UI is installed (the pages are
 * contributed to Help > Help Contents through {@code help/toc.xml}), else in the AVP Studio Help view, which shows the
 * same pages from the bundle.
 */
public final class AvpHelp {

	public static final String GETTING_STARTED = "help/getting-started.html";
	public static final String LANGUAGE = "help/gen/language.html";
	public static final String RULES = "help/gen/rules.html";
	public static final String CLI = "help/gen/cli.html";

	private AvpHelp() {
	}

	public static void show(String page) {
		if (PlatformUI.getWorkbench().getHelpSystem().hasHelpUI()) {
			PlatformUI.getWorkbench().getHelpSystem().displayHelpResource("/org.avpstudio.ui/" + page);
			return;
		}
		IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			HelpView view = (HelpView) workbenchPage.showView(HelpView.ID);
			view.display(page);
		} catch (PartInitException e) {
			// the workbench reports why the view cannot open
		}
	}

	/** A file URL of a help page, the help folder extracted from the bundle with it (style sheet, links). */
	public static URL url(String page) throws IOException {
		Bundle bundle = Platform.getBundle("org.avpstudio.ui");
		URL folder = FileLocator.find(bundle, new org.eclipse.core.runtime.Path("help"));
		if (folder == null) {
			throw new IOException("the AVP Studio help is not in this installation (help/ missing from org.avpstudio.ui)");
		}
		URL extracted = FileLocator.toFileURL(folder);
		String base = extracted.toString().endsWith("/") ? extracted.toString() : extracted + "/";
		return new URL(base + page.substring("help/".length()));
	}
}
