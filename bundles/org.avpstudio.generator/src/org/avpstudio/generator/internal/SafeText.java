// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.internal;

import org.avpstudio.generator.Json;

import org.avpstudio.generator.GenerationContext;
import org.eclipse.emf.ecore.EObject;

/**
 * For formats whose own quoting cannot carry every character (xl.cfg strings, crosvm key=value lists): a value
 * with a character that would change the meaning is rejected with a finding instead of being written.
 */
public final class SafeText {

	private SafeText() {
	}

	/** The value if it contains none of {@code forbidden} nor a control character; otherwise null and a finding. */
	public static String check(GenerationContext context, String target, EObject element, String what, String value,
			String forbidden) {
		if (value == null) {
			return null;
		}
		for (char c : value.toCharArray()) {
			if (c < 0x20 || c == 0x7f || forbidden.indexOf(c) >= 0) {
				context.unsupported(target, element, what + " " + Json.quote(value) + " contains "
						+ (c < 0x20 ? "a control character" : "'" + c + "'") + ", which " + target
						+ " cannot quote; rename it (it was left out)");
				return null;
			}
		}
		return value;
	}
}
