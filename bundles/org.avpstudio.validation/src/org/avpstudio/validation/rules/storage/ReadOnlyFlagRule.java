// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-STO-4")
final class ReadOnlyFlagRule extends RequiredFeatures<BlockDevice> {

	ReadOnlyFlagRule() {
		super(BlockDevice.class, "the device is read-only for the guest", "VIRTIO_BLK_F_RO");
	}

	@Override
	protected boolean applies(BlockDevice device) {
		return device.isReadOnly();
	}
}
