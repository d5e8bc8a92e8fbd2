// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.general;

import org.avpstudio.model.EmulatedDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Every emulated device is one a VIRTIO device might replace: each is reported for a decision or a waiver. */
@Verifies("AVPS-2.0-EMU-1")
final class EmulatedDeviceRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Platform part : platform.parts()) {
			for (EmulatedDevice device : part.getEmulatedDevices()) {
				findings.report(device, "'" + device.getName() + "' (" + device.getCompatible() + ") is an emulated device where a VIRTIO device may do",
						"Replace it by the VIRTIO device of the same function, or waive with the reason");
			}
		}
	}
}
