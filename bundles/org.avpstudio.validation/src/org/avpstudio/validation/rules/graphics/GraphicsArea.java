// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.validation.rules.RuleArea;

/** Graphics: GPU in 2D and 3D mode, framebuffer virtualization and composition (AVPS §2.8). */
public final class GraphicsArea {

	private GraphicsArea() {
	}

	public static RuleArea area() {
		return new RuleArea("graphics", new DisplayGpuRule(), new ScanoutsRule(), new EdidRule(), new VirglRule(), new TwoDimensionalVirglRule(),
				new GpuContextTypesCapability(), new ZeroCopyRule(), new CrossVmCompositionRule());
	}
}
