// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.sensors;

import org.avpstudio.validation.rules.RuleArea;

/** Sensors (AVPS §2.16). */
public final class SensorsArea {

	private SensorsArea() {
	}

	public static RuleArea area() {
		return new RuleArea("sensors", new SensorScmiRule(), new VirtioInputCapability());
	}
}
