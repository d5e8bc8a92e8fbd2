// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.gpio;

import org.avpstudio.model.GpioDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-GPIO-1")
final class VirtioGpioCapability extends OptionalCapability {

	VirtioGpioCapability() {
		super("virtio-gpio");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return !platform.devices(GpioDevice.class).isEmpty();
	}
}
