// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.List;

/**
 * A check of one AVPS requirement (or a tight group of them) against a platform model. Implementations declare
 * the ids with {@link Verifies}; they report what is wrong and never decide severities or waivers.
 */
public interface AvpsRule {

	void check(PlatformScope platform, FindingSink findings);

	/** The ids of the rule's {@link Verifies} annotation; empty when it has none. */
	default List<String> requirementIds() {
		Verifies verifies = getClass().getAnnotation(Verifies.class);
		return verifies == null ? List.of() : List.of(verifies.value());
	}
}
