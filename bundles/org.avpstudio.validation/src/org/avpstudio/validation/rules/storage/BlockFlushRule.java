// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-STO-3")
final class BlockFlushRule extends RequiredFeatures<BlockDevice> {

	BlockFlushRule() {
		super(BlockDevice.class, "the guest cannot make writes durable", "VIRTIO_BLK_F_FLUSH");
	}

	@Override
	protected boolean applies(BlockDevice device) {
		return !device.isReadOnly();
	}
}
