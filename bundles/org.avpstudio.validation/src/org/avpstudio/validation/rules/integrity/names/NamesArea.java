// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.names;

import org.avpstudio.validation.rules.RuleArea;

/** Platform integrity, names and values the generators carry ({@code AVP-NAME-*}, catalog {@code avp-integrity.csv} §5). */
public final class NamesArea {

	private NamesArea() {
	}

	public static RuleArea area() {
		return new RuleArea("integrity.names", new GeneratedIdRule(), new InterfaceNameRule(), new FsTagRule());
	}
}
