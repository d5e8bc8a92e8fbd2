package org.avpstudio.validation;

import java.util.List;

/**
 * A check of one AVPS requirement (or a tight group of them) against a platform model. Implementations are
 * annotated with {@link Checks}; they report what is wrong and never decide severities or waivers.
 */
public interface AvpsRule {

	void check(PlatformScope platform, FindingSink findings);

	default List<String> requirementIds() {
		Checks checks = getClass().getAnnotation(Checks.class);
		return checks == null ? List.of() : List.of(checks.value());
	}
}
