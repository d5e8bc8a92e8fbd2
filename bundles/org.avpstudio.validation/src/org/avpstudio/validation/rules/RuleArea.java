// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import java.util.List;

import org.avpstudio.validation.AvpsRule;

/**
 * The rules of one AVPS area, in catalog order. An area is a package below this one, named {@code name}, whose
 * {@code *Area} class lists its rules; {@link AvpsRules} concatenates the areas.
 */
public record RuleArea(String name, List<AvpsRule> rules) {

	public RuleArea(String name, AvpsRule... rules) {
		this(name, List.of(rules));
	}
}
