// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.general;

import java.util.List;

import org.avpstudio.model.VirtualizationFeature;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** The hardware lists the virtualization extensions of its architecture; without them guests are emulated. */
@Verifies("AVPS-2.0-HWV-1")
final class HardwareVirtualizationRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		platform.hardware().ifPresent(hw -> {
			List<VirtualizationFeature> needed = switch (hw.getArchitecture()) {
			case AARCH64 -> List.of(VirtualizationFeature.ARM_EL2, VirtualizationFeature.GIC_VIRTUAL_INTERRUPTS,
					VirtualizationFeature.ARCH_TIMER_VIRTUAL);
			case X86_64 -> hw.getVirtualizationFeatures().contains(VirtualizationFeature.AMD_V) ? List.of(VirtualizationFeature.AMD_V)
					: List.of(VirtualizationFeature.VTX);
			case RISCV64 -> List.of(VirtualizationFeature.RISCV_HEXTENSION);
			};
			for (VirtualizationFeature feature : needed) {
				if (!hw.getVirtualizationFeatures().contains(feature)) {
					findings.report(hw, "hardware '" + hw.getName() + "' does not list " + feature.getLiteral()
							+ ": guests would fall back to emulation", "Add " + feature.getLiteral() + " to its virtualization features if the SoC has it");
				}
			}
		});
	}
}
