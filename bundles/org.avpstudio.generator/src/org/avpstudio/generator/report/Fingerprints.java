// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.validation.Finding;

/**
 * A stable identity for each finding, without line numbers: {@code RULE-ID|element path} (see {@link ElementPath}),
 * with {@code #2}, {@code #3} ... for a second and third finding of the same rule on the same element. Written to
 * SARIF as {@code partialFingerprints."avpElement/v1"}; baselines match findings by it.
 */
public final class Fingerprints {

	/** The key under SARIF {@code partialFingerprints}. */
	public static final String KEY = "avpElement/v1";

	private Fingerprints() {
	}

	/** The fingerprint of each finding, in the order given (the order of the compliance result). */
	public static Map<Finding, String> of(List<Finding> findings) {
		Map<Finding, String> byFinding = new IdentityHashMap<>();
		Map<String, Integer> seen = new HashMap<>();
		for (Finding f : findings) {
			String base = f.requirementId() + "|" + ElementPath.of(f.element());
			int n = seen.merge(base, 1, Integer::sum);
			byFinding.put(f, n == 1 ? base : base + "#" + n);
		}
		return byFinding;
	}
}
