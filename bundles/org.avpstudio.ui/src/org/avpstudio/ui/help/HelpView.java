// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.help;

import java.io.IOException;

import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

/** AVP Studio Help: the help pages in an SWT Browser, for workbenches without Eclipse's help system UI. */
public class HelpView extends ViewPart {

	public static final String ID = "org.avpstudio.ui.helpView";

	private Browser browser;
	private Label fallback;
	private String shown;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			fallback = new Label(parent, SWT.WRAP);
			fallback.setText("No web browser component is available here (" + e.getMessage() + ").");
		}
		display(AvpHelp.GETTING_STARTED);
	}

	public void display(String page) {
		shown = page;
		try {
			String url = AvpHelp.url(page).toString();
			setContentDescription(page.substring(page.lastIndexOf('/') + 1));
			if (browser != null) {
				browser.setUrl(url);
			} else {
				fallback.setText("Help page: " + url);
			}
		} catch (IOException e) {
			setContentDescription(e.getMessage());
		}
	}

	public String shown() {
		return shown;
	}

	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		if (browser != null) {
			browser.setFocus();
		}
	}
}
