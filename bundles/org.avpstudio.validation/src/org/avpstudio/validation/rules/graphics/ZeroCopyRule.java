// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.model.DriverVmBackend;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.RequiredFeatures;

@Verifies("AVPS-2.0-GFX-7")
final class ZeroCopyRule extends RequiredFeatures<GpuDevice> {

	ZeroCopyRule() {
		super(GpuDevice.class, "buffers served by a driver VM would be copied", "VIRTIO_GPU_F_RESOURCE_BLOB");
	}

	@Override
	protected boolean applies(GpuDevice device) {
		return device.getBackend() instanceof DriverVmBackend;
	}
}
