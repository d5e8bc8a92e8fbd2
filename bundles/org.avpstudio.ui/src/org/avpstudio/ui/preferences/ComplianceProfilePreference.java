package org.avpstudio.ui.preferences;

import org.avpstudio.dsl.validation.ComplianceConfiguration;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;

/**
 * The active compliance profile (workspace preference): which AVPS requirement levels are errors, warnings or
 * information. The editor, the builder, the compliance view and the report commands all use it.
 */
public final class ComplianceProfilePreference {

	public static final String NODE = "org.avpstudio.ui";
	public static final String KEY = "complianceProfile";

	private static volatile String applied;

	private ComplianceProfilePreference() {
	}

	public static String get() {
		return preferences().get(KEY, ProfileLoader.DEFAULT);
	}

	/** Stores a profile (a built-in name or a profile file) and makes the language use it. */
	public static void set(String profile) throws ProfileException {
		ProfileLoader.load(profile);
		preferences().put(KEY, profile);
		applyToLanguage();
	}

	/** Makes the .avp validator use the stored profile (a no-op when it already does). */
	public static synchronized void applyToLanguage() {
		String profile = get();
		if (profile.equals(applied)) {
			return;
		}
		try {
			new ComplianceConfiguration().use(CatalogLoader.builtIn(), ProfileLoader.load(profile));
		} catch (ProfileException e) {
			ILog.of(ComplianceProfilePreference.class).warn("Compliance profile '" + profile + "' cannot be used (" + e.getMessage()
					+ "); " + ProfileLoader.DEFAULT + " stays active. Choose another in Preferences > AVP Studio.");
			new ComplianceConfiguration().use(CatalogLoader.builtIn(), ProfileLoader.builtIn(ProfileLoader.DEFAULT));
		}
		applied = profile;
	}

	/** Applies the stored profile again, after something else in this JVM (the command line run in-process) changed it. */
	public static synchronized void reapply() {
		applied = null;
		applyToLanguage();
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(NODE);
	}
}
