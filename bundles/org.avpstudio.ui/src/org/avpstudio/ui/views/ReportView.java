// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.views;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.browser.Browser;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ViewPart;

/** AVPS Report: shows a written HTML compliance report inside the workbench. */
public class ReportView extends ViewPart {

	public static final String ID = "org.avpstudio.ui.reportView";

	private Browser browser;
	private Label fallback;
	private IFile shown;

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new FillLayout());
		try {
			browser = new Browser(parent, SWT.NONE);
		} catch (SWTError e) {
			fallback = new Label(parent, SWT.WRAP);
			fallback.setText("No web browser component is available here (" + e.getMessage() + "); open the report file from the project instead.");
		}
	}

	/** Opens the view (or brings it to the front) on {@code report}. */
	public static void show(IFile report) {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		try {
			ReportView view = (ReportView) page.showView(ID);
			view.display(report);
		} catch (PartInitException e) {
			// the workbench reports why the view cannot open
		}
	}

	public void display(IFile report) {
		shown = report;
		setContentDescription(report.getFullPath().toString());
		if (browser != null) {
			browser.setUrl(report.getLocationURI().toString());
		} else {
			fallback.setText("Report written to " + report.getFullPath());
		}
	}

	public IFile shown() {
		return shown;
	}

	public Browser browser() {
		return browser;
	}

	@Override
	public void setFocus() {
		(browser != null ? browser : fallback).setFocus();
	}
}
