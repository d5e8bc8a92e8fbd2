// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.sensors;

import org.avpstudio.model.InputDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-SENS-2")
final class VirtioInputCapability extends OptionalCapability {

	VirtioInputCapability() {
		super("virtio-input devices");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return !platform.devices(InputDevice.class).isEmpty();
	}
}
