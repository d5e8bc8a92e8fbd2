// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.console;

import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-CONS-3")
final class MultiportConsoleCapability extends OptionalCapability {

	MultiportConsoleCapability() {
		super("multiport or emergency-write consoles");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.devices(ConsoleDevice.class).stream().anyMatch(
				c -> c.getFeatures().contains("VIRTIO_CONSOLE_F_MULTIPORT") || c.getFeatures().contains("VIRTIO_CONSOLE_F_EMERG_WRITE"));
	}
}
