// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259) for files users hand to the tool, such as a SARIF baseline: objects become
 * {@code Map<String, Object>}, arrays {@code List<Object>}, numbers {@code Double}, plus String, Boolean and null. A
 * malformed document is refused with the line and column of the first thing wrong.
 */
public final class JsonReader {

	/** What is wrong with a JSON text, and where (1-based line and column). */
	public static final class JsonException extends Exception {
		private static final long serialVersionUID = 1L;
		private final int line;
		private final int column;

		JsonException(int line, int column, String message) {
			super(line + ":" + column + ": " + message);
			this.line = line;
			this.column = column;
		}

		public int line() {
			return line;
		}

		public int column() {
			return column;
		}
	}

	private static final int MAX_DEPTH = 512;

	private final String text;
	private int at;
	private int depth;

	private JsonReader(String text) {
		this.text = text;
	}

	public static Object parse(String text) throws JsonException {
		JsonReader reader = new JsonReader(text);
		reader.space();
		if (reader.at < text.length() && text.charAt(reader.at) == '\uFEFF') {
			reader.at++;
			reader.space();
		}
		Object value = reader.value();
		reader.space();
		if (reader.at < text.length()) {
			throw reader.error("unexpected text after the JSON value");
		}
		return value;
	}

	private JsonException error(String message) {
		int line = 1;
		int column = 1;
		for (int i = 0; i < at && i < text.length(); i++) {
			if (text.charAt(i) == '\n') {
				line++;
				column = 1;
			} else {
				column++;
			}
		}
		return new JsonException(line, column, message);
	}

	private void space() {
		while (at < text.length() && " \t\r\n".indexOf(text.charAt(at)) >= 0) {
			at++;
		}
	}

	private Object value() throws JsonException {
		if (at >= text.length()) {
			throw error("the JSON text ends where a value was expected (is the file truncated?)");
		}
		char c = text.charAt(at);
		switch (c) {
		case '{':
			return object();
		case '[':
			return array();
		case '"':
			return string();
		case 't':
			return literal("true", Boolean.TRUE);
		case 'f':
			return literal("false", Boolean.FALSE);
		case 'n':
			return literal("null", null);
		default:
			if (c == '-' || (c >= '0' && c <= '9')) {
				return number();
			}
			throw error("unexpected character '" + (c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c)) + "' where a value was expected");
		}
	}

	private Object literal(String word, Object value) throws JsonException {
		if (!text.startsWith(word, at)) {
			throw error("unexpected text where a value was expected");
		}
		at += word.length();
		return value;
	}

	private Double number() throws JsonException {
		int start = at;
		if (text.charAt(at) == '-') {
			at++;
		}
		int digits = at;
		while (at < text.length() && Character.isDigit(text.charAt(at))) {
			at++;
		}
		if (at == digits || (text.charAt(digits) == '0' && at - digits > 1)) {
			at = digits;
			throw error("malformed number");
		}
		if (at < text.length() && text.charAt(at) == '.') {
			at++;
			int fraction = at;
			while (at < text.length() && Character.isDigit(text.charAt(at))) {
				at++;
			}
			if (at == fraction) {
				throw error("malformed number: digits expected after '.'");
			}
		}
		if (at < text.length() && (text.charAt(at) == 'e' || text.charAt(at) == 'E')) {
			at++;
			if (at < text.length() && (text.charAt(at) == '+' || text.charAt(at) == '-')) {
				at++;
			}
			int exponent = at;
			while (at < text.length() && Character.isDigit(text.charAt(at))) {
				at++;
			}
			if (at == exponent) {
				throw error("malformed number: digits expected in the exponent");
			}
		}
		return Double.valueOf(text.substring(start, at));
	}

	private String string() throws JsonException {
		at++; // "
		StringBuilder out = new StringBuilder();
		while (true) {
			if (at >= text.length()) {
				throw error("unterminated string (a closing \" is missing)");
			}
			char c = text.charAt(at);
			if (c == '"') {
				at++;
				return out.toString();
			}
			if (c < 0x20) {
				throw error("control character in a string (line breaks must be written as \\n)");
			}
			if (c == '\\') {
				at++;
				if (at >= text.length()) {
					throw error("unterminated string (a closing \" is missing)");
				}
				char e = text.charAt(at);
				switch (e) {
				case '"', '\\', '/' -> out.append(e);
				case 'b' -> out.append('\b');
				case 'f' -> out.append('\f');
				case 'n' -> out.append('\n');
				case 'r' -> out.append('\r');
				case 't' -> out.append('\t');
				case 'u' -> {
					if (at + 5 > text.length() || !text.substring(at + 1, at + 5).matches("[0-9A-Fa-f]{4}")) {
						throw error("\\u must be followed by four hexadecimal digits");
					}
					out.append((char) Integer.parseInt(text.substring(at + 1, at + 5), 16));
					at += 4;
				}
				default -> throw error("unknown escape '\\" + e + "' in a string");
				}
				at++;
				continue;
			}
			out.append(c);
			at++;
		}
	}

	private Map<String, Object> object() throws JsonException {
		enter();
		at++; // {
		Map<String, Object> members = new LinkedHashMap<>();
		space();
		if (at < text.length() && text.charAt(at) == '}') {
			at++;
			depth--;
			return members;
		}
		while (true) {
			space();
			if (at >= text.length() || text.charAt(at) != '"') {
				throw error(at >= text.length() ? "the JSON text ends inside an object (is the file truncated?)" : "a member name in double quotes expected");
			}
			String key = string();
			space();
			expect(':', "':' expected after the member name \"" + key + "\"");
			space();
			members.put(key, value());
			space();
			if (at < text.length() && text.charAt(at) == ',') {
				at++;
				continue;
			}
			expect('}', "',' or '}' expected in an object");
			depth--;
			return members;
		}
	}

	private List<Object> array() throws JsonException {
		enter();
		at++; // [
		List<Object> items = new ArrayList<>();
		space();
		if (at < text.length() && text.charAt(at) == ']') {
			at++;
			depth--;
			return items;
		}
		while (true) {
			space();
			items.add(value());
			space();
			if (at < text.length() && text.charAt(at) == ',') {
				at++;
				continue;
			}
			expect(']', "',' or ']' expected in an array");
			depth--;
			return items;
		}
	}

	private void enter() throws JsonException {
		if (++depth > MAX_DEPTH) {
			throw error("nested more than " + MAX_DEPTH + " levels deep");
		}
	}

	private void expect(char c, String message) throws JsonException {
		if (at >= text.length()) {
			throw error("the JSON text ends early (is the file truncated?): " + message);
		}
		if (text.charAt(at) != c) {
			throw error(message);
		}
		at++;
	}
}
