// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.watchdog;

import org.avpstudio.model.Architecture;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.WatchdogModel;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** On an Arm platform the watchdogs are SP805s, which guests have drivers for. */
@Verifies("AVPS-2.0-WDT-2")
final class ArmWatchdogModelRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		if (!platform.runsOn(Architecture.AARCH64)) {
			return;
		}
		for (WatchdogDevice watchdog : platform.devices(WatchdogDevice.class)) {
			if (watchdog.getModel() != WatchdogModel.SP805) {
				findings.report(watchdog, "watchdog '" + watchdog.getName() + "' on an Arm platform is " + watchdog.getModel().getLiteral()
						+ ", not an SP805", "Set model sp805");
			}
		}
	}
}
