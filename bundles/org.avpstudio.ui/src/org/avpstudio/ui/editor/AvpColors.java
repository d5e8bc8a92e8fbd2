// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.jface.resource.ColorRegistry;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.RGB;

/** The .avp colour scheme, close to what Eclipse users know from the Java editor. */
final class AvpColors {

	private AvpColors() {
	}

	static final RGB KEYWORD = new RGB(127, 0, 85);
	static final RGB COMMENT = new RGB(63, 127, 95);
	static final RGB STRING = new RGB(42, 0, 255);
	static final RGB NUMBER = new RGB(125, 125, 125);
	static final RGB DECLARATION = new RGB(0, 0, 192);
	static final RGB REFERENCE = new RGB(0, 102, 153);
	static final RGB ENUM_VALUE = new RGB(0, 0, 192);
	static final RGB REQUIREMENT = new RGB(150, 90, 0);

	static Color color(RGB rgb) {
		ColorRegistry registry = JFaceResources.getColorRegistry();
		String key = "org.avpstudio.ui.color." + rgb.red + "." + rgb.green + "." + rgb.blue;
		if (!registry.hasValueFor(key)) {
			registry.put(key, rgb);
		}
		return registry.get(key);
	}

	static TextAttribute attribute(RGB rgb, int style) {
		return new TextAttribute(color(rgb), null, style);
	}

	/** The style of an LSP semantic token type, or null to keep the syntax colouring. */
	static StyleRange forToken(String type) {
		if (type == null) {
			return null;
		}
		StyleRange style = new StyleRange();
		switch (type) {
		case "class" -> {
			style.foreground = color(DECLARATION);
			style.fontStyle = SWT.BOLD;
		}
		case "variable", "property" -> style.foreground = color(DECLARATION);
		case "type" -> {
			style.foreground = color(REFERENCE);
			style.fontStyle = SWT.ITALIC;
		}
		case "enumMember" -> {
			style.foreground = color(ENUM_VALUE);
			style.fontStyle = SWT.ITALIC;
		}
		case "decorator" -> {
			style.foreground = color(REQUIREMENT);
			style.fontStyle = SWT.BOLD;
		}
		case "number" -> style.foreground = color(NUMBER);
		default -> {
			return null;
		}
		}
		return style;
	}
}
