// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.power;

import org.avpstudio.validation.rules.RuleArea;

/** Power and system management (AVPS §2.14). */
public final class PowerArea {

	private PowerArea() {
	}

	public static RuleArea area() {
		return new RuleArea("power", new ScmiRule());
	}
}
