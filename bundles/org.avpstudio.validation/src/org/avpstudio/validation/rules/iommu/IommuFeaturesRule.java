// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.iommu;

import org.avpstudio.model.IommuDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-IOMMU-3")
final class IommuFeaturesRule extends RequiredFeatures<IommuDevice> {

	IommuFeaturesRule() {
		super(IommuDevice.class, "the guest cannot manage its mappings", "VIRTIO_IOMMU_F_MAP_UNMAP", "VIRTIO_IOMMU_F_PROBE",
				"VIRTIO_IOMMU_F_INPUT_RANGE");
	}
}
