// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A GPU that composes the outputs of several VMs drives more than one scanout. */
@Verifies("AVPS-2.0-GFX-2")
final class ScanoutsRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (GpuDevice gpu : platform.devices(GpuDevice.class)) {
			if (gpu.isCompositor() && gpu.getScanouts() < 2) {
				findings.report(gpu, "compositing GPU '" + gpu.getName() + "' has a single scanout", "Set scanouts to the number of displays it drives");
			}
		}
	}
}
