// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import org.avpstudio.model.Platform;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.PlatformScope;

/**
 * A platform as the rules see it: its file's platform with the platforms it imports, checked with the compliance
 * settings of the resource set it is loaded into. Every reader of findings (validator, hover, code actions, views,
 * diagram, the core API) asks here.
 */
public final class PlatformCompliance {

	private PlatformCompliance() {
	}

	/** The platform and the parts it imports, transitively. */
	public static PlatformScope scopeOf(Platform platform) {
		return new PlatformScope(AvpValidator.platformParts(platform));
	}

	/** The AVPS findings of the whole platform, with the settings of its resource set. */
	public static ComplianceResult of(Platform platform) {
		return of(platform, scopeOf(platform));
	}

	/** The AVPS findings of a platform's scope already computed. */
	public static ComplianceResult of(Platform platform, PlatformScope scope) {
		return ComplianceSettings.of(platform.eResource()).engine().validate(scope.parts());
	}
}
