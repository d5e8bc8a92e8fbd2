// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-GFX-3")
final class EdidRule extends RequiredFeatures<GpuDevice> {

	EdidRule() {
		super(GpuDevice.class, "the guest cannot learn the display's modes", "VIRTIO_GPU_F_EDID");
	}
}
