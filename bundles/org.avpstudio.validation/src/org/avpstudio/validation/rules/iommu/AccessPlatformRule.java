// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.iommu;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-IOMMU-5")
final class AccessPlatformRule extends RequiredFeatures<VirtioDevice> {

	AccessPlatformRule() {
		super(VirtioDevice.class, "its DMA is translated by an IOMMU", "VIRTIO_F_ACCESS_PLATFORM");
	}

	@Override
	protected boolean applies(VirtioDevice device) {
		return device.isBehindIommu();
	}
}
