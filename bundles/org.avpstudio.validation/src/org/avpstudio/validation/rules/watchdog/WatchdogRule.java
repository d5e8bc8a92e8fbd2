// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.watchdog;

import java.util.Optional;

import org.avpstudio.model.Architecture;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.WatchdogModel;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** Every VM has a watchdog of its own. */
@Verifies("AVPS-2.0-WDT-1")
final class WatchdogRule extends VmNeedsDevice {

	WatchdogRule() {
		super(WatchdogDevice.class, "watchdog");
	}

	/** On Arm the added watchdog is an SP805, as WDT-2 recommends. */
	@Override
	protected Optional<QuickFix> fix(PlatformScope platform) {
		boolean arm = platform.runsOn(Architecture.AARCH64);
		return Optional.of(Fixes.addDevice("Add a per-VM watchdog", "watchdog", () -> {
			WatchdogDevice watchdog = AvpFactory.eINSTANCE.createWatchdogDevice();
			watchdog.setModel(arm ? WatchdogModel.SP805 : WatchdogModel.VIRTIO);
			return watchdog;
		}));
	}
}
