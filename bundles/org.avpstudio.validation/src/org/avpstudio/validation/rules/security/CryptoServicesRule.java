// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import org.avpstudio.model.CryptoDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A crypto device says which services it offers. */
@Verifies("AVPS-2.0-CRYPTO-2")
final class CryptoServicesRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (CryptoDevice crypto : platform.devices(CryptoDevice.class)) {
			if (crypto.getServices().isEmpty()) {
				findings.report(crypto, "crypto device '" + crypto.getName() + "' declares no services", "Add: services cipher, hash, mac, aead");
			}
		}
	}
}
