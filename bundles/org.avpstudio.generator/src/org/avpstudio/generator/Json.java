// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator;

import java.util.LinkedHashMap;
import java.util.Map;

/** A small JSON writer (objects and string quoting): QEMU's JSON option syntax keeps model strings values; the CLI prints JSON with it. */
public final class Json {

	private final Map<String, Object> members = new LinkedHashMap<>();

	public static Json object() {
		return new Json();
	}

	public Json put(String key, Object value) {
		if (value != null) {
			members.put(key, value);
		}
		return this;
	}

	/** The members in insertion order (values are String, Number, Boolean or nested Json). */
	public Map<String, Object> members() {
		return java.util.Collections.unmodifiableMap(members);
	}

	@Override
	public String toString() {
		StringBuilder out = new StringBuilder("{");
		String separator = "";
		for (Map.Entry<String, Object> e : members.entrySet()) {
			out.append(separator).append(quote(e.getKey())).append(':').append(value(e.getValue()));
			separator = ",";
		}
		return out.append('}').toString();
	}

	private static String value(Object v) {
		if (v instanceof Json || v instanceof Number || v instanceof Boolean || v instanceof Record) {
			return v.toString();
		}
		return quote(String.valueOf(v));
	}

	public static String quote(String s) {
		StringBuilder out = new StringBuilder("\"");
		for (char c : s.toCharArray()) {
			switch (c) {
			case '"' -> out.append("\\\"");
			case '\\' -> out.append("\\\\");
			case '\n' -> out.append("\\n");
			case '\r' -> out.append("\\r");
			case '\t' -> out.append("\\t");
			default -> {
				if (c < 0x20) {
					out.append(String.format("\\u%04x", (int) c));
				} else {
					out.append(c);
				}
			}
			}
		}
		return out.append('"').toString();
	}
}
