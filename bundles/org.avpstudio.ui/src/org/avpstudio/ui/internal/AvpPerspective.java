// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.internal;

import org.eclipse.ui.IFolderLayout;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IPerspectiveFactory;

/** The AVP Studio perspective: platform models on the left, editors in the middle, findings below. */
public class AvpPerspective implements IPerspectiveFactory {

	@Override
	public void createInitialLayout(IPageLayout layout) {
		String editors = layout.getEditorArea();
		IFolderLayout left = layout.createFolder("left", IPageLayout.LEFT, 0.22f, editors);
		left.addView(IPageLayout.ID_PROJECT_EXPLORER);
		IFolderLayout bottom = layout.createFolder("bottom", IPageLayout.BOTTOM, 0.72f, editors);
		bottom.addView(IPageLayout.ID_PROBLEM_VIEW);
		bottom.addView("org.avpstudio.ui.complianceView");
		bottom.addView(IPageLayout.ID_PROP_SHEET);
		bottom.addPlaceholder("org.avpstudio.ui.reportView");
		IFolderLayout right = layout.createFolder("right", IPageLayout.RIGHT, 0.72f, editors);
		right.addView(IPageLayout.ID_OUTLINE);
		right.addPlaceholder("org.avpstudio.ui.diagramView");
		layout.addShowViewShortcut(IPageLayout.ID_PROJECT_EXPLORER);
		layout.addShowViewShortcut(IPageLayout.ID_PROBLEM_VIEW);
		layout.addShowViewShortcut(IPageLayout.ID_OUTLINE);
		layout.addShowViewShortcut("org.avpstudio.ui.complianceView");
		layout.addShowViewShortcut("org.avpstudio.ui.reportView");
		layout.addShowViewShortcut("org.avpstudio.ui.diagramView");
		layout.addNewWizardShortcut("org.avpstudio.ui.newPlatform");
		layout.addNewWizardShortcut("org.avpstudio.ui.examples");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.folder");
		layout.addNewWizardShortcut("org.eclipse.ui.wizards.new.file");
		layout.addPerspectiveShortcut(org.avpstudio.ui.AvpStudioUi.PERSPECTIVE_ID);
	}
}
