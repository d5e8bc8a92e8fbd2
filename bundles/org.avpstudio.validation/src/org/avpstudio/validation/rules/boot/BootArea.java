// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.boot;

import org.avpstudio.validation.rules.RuleArea;

/** Booting guest virtual machines (AVPS §2.5.1). */
public final class BootArea {

	private BootArea() {
	}

	public static RuleArea area() {
		return new RuleArea("boot", new EbbrBootRule(), new HardwareDescriptionCapability(), new HardwareDescriptionRule());
	}
}
