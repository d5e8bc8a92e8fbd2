// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.gpio;

import java.util.HashMap;
import java.util.Map;

import org.avpstudio.model.GpioDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A GPIO line belongs to one VM only. */
@Verifies("AVPS-2.0-GPIO-2")
final class GpioLineRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<Integer, GpioDevice> owners = new HashMap<>();
		for (GpioDevice gpio : platform.devices(GpioDevice.class)) {
			for (Integer line : gpio.getLines()) {
				GpioDevice other = owners.putIfAbsent(line, gpio);
				if (other != null && other != gpio) {
					findings.report(gpio, "GPIO line " + line + " is given to '" + gpio.getName() + "' and to '" + other.getName() + "'",
							"Give each line to one VM only");
				}
			}
		}
	}
}
