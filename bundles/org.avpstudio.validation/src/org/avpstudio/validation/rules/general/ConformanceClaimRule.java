// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.general;

import org.avpstudio.model.Platform;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** The platform says which AVPS version it claims to meet. */
@Verifies("AVPS-2.0-CONF-1")
final class ConformanceClaimRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Platform main = platform.main();
		if (platform.parts().stream().allMatch(p -> p.getAvpsVersion() == null || p.getAvpsVersion().isBlank())) {
			findings.report(main, "platform '" + main.getName() + "' does not say which AVPS version it claims", "Add: avps \"2.0\"",
					Fixes.of("Claim AVPS 2.0", e -> ((Platform) e).setAvpsVersion("2.0")));
		}
	}
}
