// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-GFX-5")
final class GpuContextTypesCapability extends OptionalCapability {

	GpuContextTypesCapability() {
		super("GPU context types (VIRTIO_GPU_F_CONTEXT_INIT)");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.devices(GpuDevice.class).stream().anyMatch(g -> g.getFeatures().contains("VIRTIO_GPU_F_CONTEXT_INIT"));
	}
}
