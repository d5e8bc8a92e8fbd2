// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import org.avpstudio.model.VirtualizationFeature;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-RNG-3")
final class ArchitecturalRngCapability extends OptionalCapability {

	ArchitecturalRngCapability() {
		super("an architectural random-number instruction (hw-rng)");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.hardware().map(h -> h.getVirtualizationFeatures().contains(VirtualizationFeature.HW_RNG)).orElse(false);
	}
}
