// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.preferences;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Whether information-level findings (optional AVPS capabilities a platform does not offer) become problem markers.
 * Off by default: they are listed in the AVPS Compliance view only, so the Problems view shows what needs action.
 */
public final class InfoMarkersPreference {

	public static final String KEY = "infoFindingsAsMarkers";

	private InfoMarkersPreference() {
	}

	public static boolean get() {
		return preferences().getBoolean(KEY, false);
	}

	/** Stores the choice and, when it changed, re-validates the workspace so that the markers follow it. */
	public static void set(boolean markers) {
		if (markers == get()) {
			return;
		}
		IEclipsePreferences preferences = preferences();
		preferences.putBoolean(KEY, markers);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			// kept in memory for this session; the next save of the preferences writes it
		}
		ProjectCompliance.changed(null);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(ComplianceProfilePreference.NODE);
	}
}
