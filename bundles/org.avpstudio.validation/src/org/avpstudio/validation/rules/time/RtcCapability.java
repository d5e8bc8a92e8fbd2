// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.time;

import org.avpstudio.model.RtcDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-TIME-2")
final class RtcCapability extends OptionalCapability {

	RtcCapability() {
		super("an RTC device");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return !platform.devices(RtcDevice.class).isEmpty();
	}
}
