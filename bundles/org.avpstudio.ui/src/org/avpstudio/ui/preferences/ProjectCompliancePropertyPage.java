// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.preferences;

import java.util.List;

import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.core.resources.IProject;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.PropertyPage;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Project > Properties > AVP Studio Compliance: a project's own compliance profile and catalog files, stored in the
 * project's {@code .settings} folder (so the team shares them through version control) and overriding the
 * workspace's profile.
 */
public class ProjectCompliancePropertyPage extends PropertyPage {

	private Button projectSpecific;
	private Combo profile;
	private Text catalogs;

	@Override
	protected Control createContents(Composite parent) {
		ProjectCompliance.Choice current = ProjectCompliance.choice(project());
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(2, false));
		projectSpecific = new Button(area, SWT.CHECK);
		projectSpecific.setText("Enable pro&ject-specific settings (else the workspace's profile, Preferences > AVP Studio)");
		projectSpecific.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		projectSpecific.setSelection(new org.eclipse.core.resources.ProjectScope(project()).getNode(ComplianceProfilePreference.NODE)
				.getBoolean(ProjectCompliance.KEY_PROJECT_SPECIFIC, false));
		new Label(area, SWT.NONE).setText("Compliance &profile:");
		profile = new Combo(area, SWT.DROP_DOWN);
		profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		ProfileLoader.BUILT_IN.forEach(profile::add);
		profile.setText(current.profile());
		Label catalogLabel = new Label(area, SWT.NONE);
		catalogLabel.setText("&Catalog files (CSV, or ReqIF .reqif/.reqifz\nread through FILE.mapping beside it;\none per line, relative to the project):");
		catalogLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		catalogs = new Text(area, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL);
		GridData catalogData = new GridData(SWT.FILL, SWT.FILL, true, true);
		catalogData.heightHint = 80;
		catalogs.setLayoutData(catalogData);
		catalogs.setText(String.join("\n", current.catalogs()));
		projectSpecific.addListener(SWT.Selection, e -> enable());
		profile.addModifyListener(e -> check());
		catalogs.addModifyListener(e -> check());
		enable();
		return area;
	}

	private void enable() {
		profile.setEnabled(projectSpecific.getSelection());
		catalogs.setEnabled(projectSpecific.getSelection());
		check();
	}

	private ProjectCompliance.Choice chosen() {
		return new ProjectCompliance.Choice(profile.getText().strip(), catalogs.getText().lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
	}

	private void check() {
		if (!projectSpecific.getSelection()) {
			setErrorMessage(null);
			setValid(true);
			return;
		}
		try {
			ProjectCompliance.check(project(), chosen());
			setErrorMessage(null);
			setValid(true);
		} catch (CatalogException | ProfileException e) {
			// named as the user wrote it: relative to the project
			String location = project().getLocation() == null ? null : project().getLocation().toOSString() + java.io.File.separator;
			setErrorMessage(location == null ? e.getMessage() : e.getMessage().replace(location, ""));
			setValid(false);
		}
	}

	@Override
	protected void performDefaults() {
		projectSpecific.setSelection(false);
		profile.setText(ProfileLoader.DEFAULT);
		catalogs.setText("");
		enable();
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		try {
			ProjectCompliance.store(project(), projectSpecific.getSelection(), projectSpecific.getSelection() ? chosen()
					: new ProjectCompliance.Choice(ProfileLoader.DEFAULT, List.of()));
			return true;
		} catch (BackingStoreException e) {
			setErrorMessage("The project's settings cannot be saved: " + e.getMessage());
			return false;
		}
	}

	private IProject project() {
		return getElement().getAdapter(IProject.class);
	}
}
