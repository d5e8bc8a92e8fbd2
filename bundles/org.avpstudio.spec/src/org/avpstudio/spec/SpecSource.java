// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a catalog entry's wording was read. Every field may be empty: most entries of the built-in catalog could
 * not be read in any stored source text.
 *
 * @param section   the section in the published AVPS 2.0 contents (e.g. {@code 2.8.1})
 * @param label     the label the source gives the item (e.g. the draft's {@code REQ-4.1}), or how it is written
 *                  when it has none (e.g. "unnumbered bullet")
 * @param readAt    keys of the sources it was read in, separated by {@code ;} (explained in
 *                  {@code catalog/avps-sources.csv})
 * @param levelSeen the keyword the source uses (e.g. {@code SHALL NOT}, "no keyword")
 */
public record SpecSource(String section, String label, String readAt, String levelSeen) {

	public static final SpecSource NONE = new SpecSource("", "", "", "");

	public boolean isEmpty() {
		return label.isEmpty() && readAt.isEmpty() && levelSeen.isEmpty();
	}

	/** The source keys, e.g. [D2, D3]. */
	public List<String> readAtKeys() {
		List<String> keys = new ArrayList<>();
		for (String key : readAt.split(";")) {
			if (!key.isBlank()) {
				keys.add(key.strip());
			}
		}
		return keys;
	}

	/** One line for reports, e.g. "§2.8.1, REQ-3, read in D2, D3, level seen: SHALL NOT"; empty when nothing is known. */
	public String describe() {
		List<String> parts = new ArrayList<>();
		if (!section.isEmpty()) {
			parts.add("§" + section);
		}
		if (!label.isEmpty()) {
			parts.add(label);
		}
		if (!readAt.isEmpty()) {
			parts.add("read in " + String.join(", ", readAtKeys()));
		}
		if (!levelSeen.isEmpty()) {
			parts.add("level seen: " + levelSeen);
		}
		return String.join(", ", parts);
	}
}
