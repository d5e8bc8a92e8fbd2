// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** A GPU declared for 2D operation does not offer the 3D (VIRGL) feature bit: the draft states it as a prohibition. */
@Verifies("AVPS-2.0-GFX-12")
final class TwoDimensionalVirglRule implements AvpsRule {

	static final String VIRGL = "VIRTIO_GPU_F_VIRGL";

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (GpuDevice gpu : platform.devices(GpuDevice.class)) {
			if (gpu.getMode() == GpuMode.MODE_2D && gpu.getFeatures().contains(VIRGL)) {
				findings.report(gpu, "GPU '" + gpu.getName() + "' is declared 2D but offers " + VIRGL,
						"Remove " + VIRGL + " from its features, or declare the device mode 3d", Fixes.removeFeature(VIRGL));
			}
		}
	}
}
