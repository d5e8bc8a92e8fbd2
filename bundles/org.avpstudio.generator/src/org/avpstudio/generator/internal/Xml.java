// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.internal;

/** Escaping of model strings placed in XML text and attribute values. */
public final class Xml {

	private Xml() {
	}

	public static String escape(String value) {
		StringBuilder out = new StringBuilder();
		for (char c : value.toCharArray()) {
			switch (c) {
			case '<' -> out.append("&lt;");
			case '>' -> out.append("&gt;");
			case '&' -> out.append("&amp;");
			case '"' -> out.append("&quot;");
			case '\'' -> out.append("&apos;");
			case '\n' -> out.append("&#10;");
			case '\r' -> out.append("&#13;");
			case '\t' -> out.append("&#9;");
			default -> out.append(c);
			}
		}
		return out.toString();
	}
}
