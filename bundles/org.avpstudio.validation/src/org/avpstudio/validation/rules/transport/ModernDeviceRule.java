// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.transport;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-TRANS-2")
final class ModernDeviceRule extends RequiredFeatures<VirtioDevice> {

	ModernDeviceRule() {
		super(VirtioDevice.class, "legacy, pre-1.0 VIRTIO devices are not allowed", "VIRTIO_F_VERSION_1");
	}
}
