// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

/** How AVP Studio verifies a requirement. */
public enum Verification {
	/** A rule decides it from the platform model. */
	STATIC,
	/** Only an observation inside the running guest can decide it. */
	GUEST,
	/** A rule checks the model and a guest-side check confirms at run time. */
	STATIC_AND_GUEST,
	/** Neither: it needs evidence from outside (vendor documents, measurements); the reason is recorded. */
	MANUAL;

	public static Verification parse(String text) {
		return switch (text.trim().toUpperCase(java.util.Locale.ROOT)) {
		case "STATIC" -> STATIC;
		case "GUEST" -> GUEST;
		case "STATIC+GUEST" -> STATIC_AND_GUEST;
		case "MANUAL" -> MANUAL;
		default -> throw new IllegalArgumentException(
				"'" + text + "' is not a verification; use STATIC, GUEST, STATIC+GUEST or MANUAL");
		};
	}

	public boolean hasRule() {
		return this == STATIC || this == STATIC_AND_GUEST;
	}

	public boolean hasGuestCheck() {
		return this == GUEST || this == STATIC_AND_GUEST;
	}

	public String label() {
		return this == STATIC_AND_GUEST ? "STATIC+GUEST" : name();
	}
}
