// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-GFX-4")
final class VirglRule extends RequiredFeatures<GpuDevice> {

	VirglRule() {
		super(GpuDevice.class, "the device is declared 3D", "VIRTIO_GPU_F_VIRGL");
	}

	@Override
	protected boolean applies(GpuDevice device) {
		return device.getMode() == GpuMode.MODE_3D;
	}
}
