// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

/** How much a finding matters under the active profile. {@link #OFF} means the rule does not run. */
public enum Severity {
	ERROR, WARNING, INFO, OFF;

	/** Parses a severity as written in a profile file ({@code error}, {@code warning}, {@code info}, {@code off}). */
	public static Severity parse(String text) {
		for (Severity s : values()) {
			if (s.name().equalsIgnoreCase(text.trim())) {
				return s;
			}
		}
		throw new IllegalArgumentException("'" + text + "' is not a severity; use error, warning, info or off");
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}
}
