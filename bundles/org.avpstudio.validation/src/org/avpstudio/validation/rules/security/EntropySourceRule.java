// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.EntropySource;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** An entropy device does not draw from the host's blocking random source. */
@Verifies("AVPS-2.0-RNG-2")
final class EntropySourceRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (EntropyDevice rng : platform.devices(EntropyDevice.class)) {
			if (rng.getSource() == EntropySource.HOST_RANDOM) {
				findings.report(rng, "entropy device '" + rng.getName() + "' draws from the blocking /dev/random of the host", "Use source urandom or trng");
			}
		}
	}
}
