// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;

/**
 * The syntax of Xen's {@code xl.cfg} as libxlutil reads it: {@code KEY = VALUE} settings ended by a line break or
 * {@code ;}, a value being a string in single or double quotes, a number, or a list {@code [ ... ]} of strings and
 * numbers over any number of lines (a trailing comma allowed); {@code #} starts a comment. Each setting and each list
 * item keeps where it starts; a syntax error is an {@link ImportException} with {@code file:line:column}.
 */
final class XlConfig {

	/** A string or number ({@code text} unquoted), or a list ({@code items}). */
	record Value(String text, List<Value> items, SourcePosition at) {
		boolean isList() {
			return items != null;
		}
	}

	/** One {@code KEY = VALUE}; {@code source} is its text as written, for the report. */
	record Setting(String key, Value value, SourcePosition at, String source) {
	}

	private final Path file;
	private final String text;
	private int pos;
	private int line = 1;
	private int lineStart;

	private XlConfig(Path file, String text) {
		this.file = file;
		this.text = text;
	}

	static List<Setting> parse(Path file, String text) throws ImportException {
		return new XlConfig(file, text).settings();
	}

	private List<Setting> settings() throws ImportException {
		List<Setting> settings = new ArrayList<>();
		while (true) {
			skipBlank(true);
			if (pos >= text.length()) {
				return settings;
			}
			if (text.charAt(pos) == ';') {
				pos++;
				continue;
			}
			SourcePosition at = here();
			int start = pos;
			String key = key();
			skipBlank(false);
			if (pos >= text.length() || text.charAt(pos) != '=') {
				throw error("'=' expected after '" + key + "'");
			}
			pos++;
			skipBlank(false);
			Value value = value(true);
			settings.add(new Setting(key, value, at, text.substring(start, pos).replaceAll("\\s+", " ").strip()));
			skipBlank(false);
			if (pos < text.length() && text.charAt(pos) != '\n' && text.charAt(pos) != ';') {
				throw error("end of line or ';' expected after the value of '" + key + "'");
			}
		}
	}

	private String key() throws ImportException {
		int start = pos;
		if (pos < text.length() && (Character.isLetter(text.charAt(pos)) || text.charAt(pos) == '_')) {
			while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_' || text.charAt(pos) == '.')) {
				pos++;
			}
		}
		if (start == pos) {
			throw error("a setting name expected, found " + found());
		}
		return text.substring(start, pos);
	}

	private Value value(boolean listAllowed) throws ImportException {
		SourcePosition at = here();
		if (pos >= text.length()) {
			throw error("a value expected, found the end of the file");
		}
		char c = text.charAt(pos);
		if (c == '"' || c == '\'') {
			return new Value(string(c), null, at);
		}
		if (c == '[' && listAllowed) {
			pos++;
			List<Value> items = new ArrayList<>();
			while (true) {
				skipBlank(true);
				if (pos < text.length() && text.charAt(pos) == ']') {
					pos++;
					return new Value(null, items, at);
				}
				items.add(value(false));
				skipBlank(true);
				if (pos < text.length() && text.charAt(pos) == ',') {
					pos++;
				} else if (pos >= text.length() || text.charAt(pos) != ']') {
					throw error("',' or ']' expected in the list, found " + found());
				}
			}
		}
		int start = pos;
		while (pos < text.length() && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
			pos++;
		}
		String number = text.substring(start, pos);
		if (!number.matches("\\d+(\\.\\d+)?|0[xX][0-9a-fA-F]+")) {
			pos = start;
			throw error((listAllowed ? "a string, number or list" : "a string or number") + " expected, found " + found());
		}
		return new Value(number, null, at);
	}

	// libxlutil: backslash escapes in both kinds of quotes; a string does not run over a line break
	private String string(char quote) throws ImportException {
		SourcePosition start = here();
		pos++;
		StringBuilder s = new StringBuilder();
		while (true) {
			if (pos >= text.length() || text.charAt(pos) == '\n') {
				throw new ImportException(start.exact() + ": string not closed (" + quote + " expected before the end of the line)");
			}
			char c = text.charAt(pos++);
			if (c == quote) {
				return s.toString();
			}
			if (c == '\\' && pos < text.length() && text.charAt(pos) != '\n') {
				char e = text.charAt(pos++);
				s.append(switch (e) {
				case 'n' -> '\n';
				case 't' -> '\t';
				case 'r' -> '\r';
				default -> e;
				});
			} else {
				s.append(c);
			}
		}
	}

	private void skipBlank(boolean lineBreaks) {
		while (pos < text.length()) {
			char c = text.charAt(pos);
			if (c == '#') {
				while (pos < text.length() && text.charAt(pos) != '\n') {
					pos++;
				}
			} else if (c == '\n' && lineBreaks) {
				pos++;
				line++;
				lineStart = pos;
			} else if (c == ' ' || c == '\t' || c == '\r' || c == '\f') {
				pos++;
			} else {
				return;
			}
		}
	}

	private SourcePosition here() {
		return new SourcePosition(file, line, pos - lineStart + 1);
	}

	private String found() {
		if (pos >= text.length()) {
			return "the end of the file";
		}
		char c = text.charAt(pos);
		return c == '\n' ? "the end of the line" : "'" + c + "'";
	}

	private ImportException error(String what) {
		return new ImportException(here().exact() + ": " + what);
	}
}
