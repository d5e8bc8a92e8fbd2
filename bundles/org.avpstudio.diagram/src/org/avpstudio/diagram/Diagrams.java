// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram;

import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.PlatformScope;

/** The platform diagram as SVG, in one call: model, layout, rendering. */
public final class Diagrams {

	private Diagrams() {
	}

	public static String svg(PlatformScope scope, ComplianceResult result) {
		return SvgDiagram.render(DiagramLayout.layout(PlatformDiagram.of(scope, result)));
	}
}
