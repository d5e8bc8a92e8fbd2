// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-STO-6")
final class BlockLimitsRule extends RequiredFeatures<BlockDevice> {

	BlockLimitsRule() {
		super(BlockDevice.class, "the guest cannot size its requests", "VIRTIO_BLK_F_BLK_SIZE", "VIRTIO_BLK_F_SEG_MAX");
	}
}
