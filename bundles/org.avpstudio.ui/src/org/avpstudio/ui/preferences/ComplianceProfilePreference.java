// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.preferences;

import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The workspace's compliance profile (Preferences > AVP Studio): which AVPS requirement levels are errors, warnings
 * or information in every project that does not choose its own ({@link ProjectCompliance}).
 */
public final class ComplianceProfilePreference {

	public static final String NODE = "org.avpstudio.ui";
	public static final String KEY = "complianceProfile";

	private ComplianceProfilePreference() {
	}

	public static String get() {
		return preferences().get(KEY, ProfileLoader.DEFAULT);
	}

	/** Stores a profile (a built-in name or a profile file) after checking that it can be read. */
	public static void set(String profile) throws ProfileException {
		ProfileLoader.load(profile);
		IEclipsePreferences preferences = preferences();
		preferences.put(KEY, profile);
		try {
			preferences.flush();
		} catch (BackingStoreException e) {
			throw new ProfileException("the workspace preferences cannot be saved (" + e.getMessage() + ")");
		}
		ProjectCompliance.changed(null);
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
