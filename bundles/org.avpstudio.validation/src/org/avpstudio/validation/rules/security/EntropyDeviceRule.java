// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import java.util.Optional;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** Every VM has a virtio-rng entropy device. */
@Verifies("AVPS-2.0-RNG-1")
final class EntropyDeviceRule extends VmNeedsDevice {

	EntropyDeviceRule() {
		super(EntropyDevice.class, "virtio-rng entropy");
	}

	@Override
	protected Optional<QuickFix> fix(PlatformScope platform) {
		return Optional.of(Fixes.addDevice("Add a virtio-rng entropy device", "rng", AvpFactory.eINSTANCE::createEntropyDevice));
	}
}
