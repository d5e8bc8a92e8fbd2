// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

/** Outcome of one requirement for a platform (or one VM of it). */
public enum RequirementStatus {
	/** The rule found nothing. */
	PASS,
	/** At least one open finding. */
	FAIL,
	/** Findings exist but every one is waived with a justification. */
	WAIVED,
	/** Only a guest-side check can tell. */
	NEEDS_GUEST_CHECK,
	/** Needs evidence from outside the model (see the catalog's reason). */
	MANUAL,
	/** Switched off by the profile. */
	DISABLED;

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
