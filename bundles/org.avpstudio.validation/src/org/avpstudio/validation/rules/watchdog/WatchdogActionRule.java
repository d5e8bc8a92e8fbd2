// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.watchdog;

import org.avpstudio.model.Criticality;
import org.avpstudio.model.WatchdogAction;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A watchdog does something when it expires; ASIL VMs are the ones where this matters most. */
@Verifies("AVPS-2.0-WDT-4")
final class WatchdogActionRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (WatchdogDevice watchdog : platform.devices(WatchdogDevice.class)) {
			if (watchdog.getAction() == WatchdogAction.NONE) {
				boolean asil = PlatformScope.vmOf(watchdog).map(vm -> vm.getCriticality() != Criticality.QM).orElse(false);
				findings.report(watchdog, "watchdog '" + watchdog.getName() + "' does nothing when it expires" + (asil ? " in a safety-relevant VM" : ""),
						"Set its action to reset, poweroff or notify");
			}
		}
	}
}
