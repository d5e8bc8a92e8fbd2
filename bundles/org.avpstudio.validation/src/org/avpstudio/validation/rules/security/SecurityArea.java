// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import org.avpstudio.validation.rules.RuleArea;

/** Cryptography and security features: random numbers, TEE, RPMB, crypto acceleration (AVPS §2.19). */
public final class SecurityArea {

	private SecurityArea() {
	}

	public static RuleArea area() {
		return new RuleArea("security", new EntropyDeviceRule(), new EntropySourceRule(), new ArchitecturalRngCapability(), new TeeRule(),
				new RpmbRule(), new CryptoAcceleratorRule(), new CryptoServicesRule());
	}
}
