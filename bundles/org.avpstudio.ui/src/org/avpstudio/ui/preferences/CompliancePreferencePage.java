// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.preferences;

import java.util.List;

import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.jface.preference.PreferencePage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

/**
 * Preferences > AVP Studio: the workspace's compliance profile, for projects without their own (Project > Properties >
 * AVP Studio Compliance). Changing it re-validates the workspace and open editors.
 */
public class CompliancePreferencePage extends PreferencePage implements IWorkbenchPreferencePage {

	private Combo profile;
	private Button infoMarkers;

	@Override
	public void init(IWorkbench workbench) {
		setDescription("The compliance profile decides which AVPS requirements are errors, warnings or information.");
	}

	@Override
	protected Control createContents(Composite parent) {
		Composite area = new Composite(parent, SWT.NONE);
		area.setLayout(new GridLayout(3, false));
		new Label(area, SWT.NONE).setText("Active compliance &profile:");
		profile = new Combo(area, SWT.DROP_DOWN);
		profile.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		List<String> builtIn = ProfileLoader.BUILT_IN;
		builtIn.forEach(profile::add);
		profile.setText(ComplianceProfilePreference.get());
		profile.addModifyListener(e -> check());
		Button browse = new Button(area, SWT.PUSH);
		browse.setText("&Browse...");
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.properties;*.profile;*.txt", "*" });
			String file = dialog.open();
			if (file != null) {
				profile.setText(file);
			}
		});
		Label help = new Label(area, SWT.WRAP);
		help.setText("avps-2.0: required features are errors, recommended ones warnings.\n"
				+ "avps-2.0-strict: recommended features are errors too.\nA profile file maps requirement levels or ids to severities.");
		help.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		infoMarkers = new Button(area, SWT.CHECK);
		infoMarkers.setText("Show &information findings (optional capabilities not offered) as markers in the Problems view");
		infoMarkers.setToolTipText("Off: they are listed in the AVPS Compliance view only, so the Problems view shows what needs action");
		infoMarkers.setSelection(InfoMarkersPreference.get());
		infoMarkers.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
		return area;
	}

	private void check() {
		try {
			ProfileLoader.load(profile.getText().strip());
			setErrorMessage(null);
			setValid(true);
		} catch (ProfileException e) {
			setErrorMessage(e.getMessage());
			setValid(false);
		}
	}

	@Override
	protected void performDefaults() {
		profile.setText(ProfileLoader.DEFAULT);
		infoMarkers.setSelection(false);
		super.performDefaults();
	}

	@Override
	public boolean performOk() {
		InfoMarkersPreference.set(infoMarkers.getSelection());
		String chosen = profile.getText().strip();
		if (chosen.equals(ComplianceProfilePreference.get())) {
			return true;
		}
		try {
			ComplianceProfilePreference.set(chosen);
		} catch (ProfileException e) {
			setErrorMessage(e.getMessage());
			return false;
		}
		return true;
	}
}
