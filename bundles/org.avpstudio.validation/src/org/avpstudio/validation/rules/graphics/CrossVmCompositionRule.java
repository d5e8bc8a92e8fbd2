// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** When several VMs show graphics, one GPU composes their outputs. */
@Verifies("AVPS-2.0-GFX-8")
final class CrossVmCompositionRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		List<GpuDevice> gpus = platform.devices(GpuDevice.class);
		Set<VirtualMachine> displayVms = new HashSet<>();
		gpus.forEach(g -> PlatformScope.vmOf(g).ifPresent(displayVms::add));
		if (displayVms.size() > 1 && gpus.stream().noneMatch(GpuDevice::isCompositor)) {
			findings.report(platform.main(), displayVms.size() + " VMs show graphics but no GPU device is marked compositor",
					"Mark the GPU of the VM that composes the outputs: compositor");
		}
	}
}
