// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.watchdog;

import org.avpstudio.validation.rules.RuleArea;

/** Watchdog (AVPS §2.13). */
public final class WatchdogArea {

	private WatchdogArea() {
	}

	public static RuleArea area() {
		return new RuleArea("watchdog", new WatchdogRule(), new ArmWatchdogModelRule(), new WatchdogActionRule());
	}
}
