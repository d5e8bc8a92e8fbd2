// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.gpio;

import org.avpstudio.validation.rules.RuleArea;

/** GPIO (AVPS §2.15). */
public final class GpioArea {

	private GpioArea() {
	}

	public static RuleArea area() {
		return new RuleArea("gpio", new VirtioGpioCapability(), new GpioLineRule());
	}
}
