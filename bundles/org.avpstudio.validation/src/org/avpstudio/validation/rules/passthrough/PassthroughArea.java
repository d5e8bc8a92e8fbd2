// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.passthrough;

import org.avpstudio.validation.rules.RuleArea;

/**
 * Hardware pass-through (AVPS §1.3): who owns a physical device. The AVPS states it per device area (Wi-Fi, audio,
 * USB, CAN, GPIO, sensors, cameras, codecs), so the one rule here verifies requirements of all of them.
 */
public final class PassthroughArea {

	private PassthroughArea() {
	}

	public static RuleArea area() {
		return new RuleArea("passthrough", new OwnershipRule());
	}
}
