// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.Locale;

/** RFC 2119 strength of a requirement; CONDITIONAL ones take a level once their condition applies. */
public enum RequirementLevel {
	MUST, SHOULD, MAY, CONDITIONAL;

	public static RequirementLevel parse(String text) {
		try {
			return valueOf(text.trim().toUpperCase(Locale.ROOT));
		} catch (IllegalArgumentException e) {
			throw new IllegalArgumentException("'" + text + "' is not a level; use MUST, SHOULD, MAY or CONDITIONAL", e);
		}
	}
}
