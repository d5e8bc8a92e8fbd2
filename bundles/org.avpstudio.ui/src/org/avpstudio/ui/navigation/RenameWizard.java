// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.ui.refactoring.RefactoringWizard;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

/** The rename dialog: the new name (checked as it is typed), then LTK's preview of every file's change. */
public class RenameWizard extends RefactoringWizard {

	public RenameWizard(AvpRenameRefactoring refactoring) {
		super(refactoring, DIALOG_BASED_USER_INTERFACE | PREVIEW_EXPAND_FIRST_NODE);
		setDefaultPageTitle("Rename AVP Element");
	}

	@Override
	protected void addUserInputPages() {
		addPage(new NamePage((AvpRenameRefactoring) getRefactoring()));
	}

	/** The new name; an invalid or taken name is said on the page and keeps Preview and OK disabled. */
	static final class NamePage extends UserInputWizardPage {
		private final AvpRenameRefactoring refactoring;
		private Text name;

		NamePage(AvpRenameRefactoring refactoring) {
			super("name");
			this.refactoring = refactoring;
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(2, false));
			var target = refactoring.target();
			Label what = new Label(body, SWT.NONE);
			what.setText(target == null ? "" : "Rename " + target.kind().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT)
					+ " '" + target.name() + "' and every reference to it in the workspace's .avp files.");
			what.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
			new Label(body, SWT.NONE).setText("&New name:");
			name = new Text(body, SWT.BORDER);
			name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			name.setText(refactoring.newName());
			name.selectAll();
			name.addModifyListener(event -> validate());
			setControl(body);
			setPageComplete(false);
			setMessage("Enter the new name");
		}

		private void validate() {
			refactoring.setNewName(name.getText());
			RefactoringStatus status = refactoring.checkNewName();
			setPageComplete(status);
		}

		/** The name field (for tests). */
		Text nameField() {
			return name;
		}
	}
}
