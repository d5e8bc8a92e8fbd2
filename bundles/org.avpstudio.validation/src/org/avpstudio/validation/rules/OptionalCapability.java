// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;

/**
 * The shape of a rule on an optional (MAY) capability: the platform need not offer it, but a reviewer wants to
 * know which it offers. One not offered is reported once, on the platform, at the profile's MAY severity (info).
 */
public abstract class OptionalCapability implements AvpsRule {

	private final String what;

	/** @param what the capability, as it reads after "the platform does not offer" */
	protected OptionalCapability(String what) {
		this.what = what;
	}

	protected abstract boolean offered(PlatformScope platform);

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		if (!offered(platform)) {
			findings.report(platform.main(), "the platform does not offer " + what + " (optional)", "Nothing to do unless the guests need it");
		}
	}
}
