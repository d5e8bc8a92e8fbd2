// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.console;

import org.avpstudio.validation.rules.RuleArea;

/** Text console (AVPS §2.20.1). */
public final class ConsoleArea {

	private ConsoleArea() {
	}

	public static RuleArea area() {
		return new RuleArea("console", new ConsoleDeviceRule(), new EarlyUartCapability(), new MultiportConsoleCapability());
	}
}
