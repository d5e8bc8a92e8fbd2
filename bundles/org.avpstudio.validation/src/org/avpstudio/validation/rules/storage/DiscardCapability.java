// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-STO-5")
final class DiscardCapability extends OptionalCapability {

	DiscardCapability() {
		super("discard or write-zeroes on block devices");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.devices(BlockDevice.class).stream()
				.anyMatch(b -> b.getFeatures().contains("VIRTIO_BLK_F_DISCARD") || b.getFeatures().contains("VIRTIO_BLK_F_WRITE_ZEROES"));
	}
}
