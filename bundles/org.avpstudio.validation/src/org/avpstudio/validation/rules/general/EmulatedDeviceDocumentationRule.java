// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.general;

import org.avpstudio.model.EmulatedDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** An emulated device says where its behaviour is documented. */
@Verifies("AVPS-2.0-EMU-3")
final class EmulatedDeviceDocumentationRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Platform part : platform.parts()) {
			for (EmulatedDevice device : part.getEmulatedDevices()) {
				if (device.getDocumentation() == null || device.getDocumentation().isBlank()) {
					findings.report(device, "emulated device '" + device.getName() + "' does not say where its behaviour is documented",
							"Add: documented \"<document or URL>\"");
				}
			}
		}
	}
}
