// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec.internal;

import java.util.ArrayList;
import java.util.List;

/** Reads RFC 4180 CSV (quoted fields, doubled quotes, newlines inside quotes) and remembers line numbers. */
public final class CsvReader {

	/** One record and the line it starts on (1-based). */
	public record Row(int line, List<String> fields) {
	}

	/** Thrown for malformed CSV; carries the line where the problem starts. */
	public static final class MalformedCsv extends Exception {
		private static final long serialVersionUID = 1L;
		public final int line;

		MalformedCsv(int line, String message) {
			super(message);
			this.line = line;
		}
	}

	private CsvReader() {
	}

	public static List<Row> parse(String text) throws MalformedCsv {
		List<Row> rows = new ArrayList<>();
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		boolean fieldStarted = false;
		int line = 1;
		int rowLine = 1;
		int quoteLine = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (quoted) {
				if (c == '"') {
					if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
						field.append('"');
						i++;
					} else {
						quoted = false;
					}
				} else {
					if (c == '\n') {
						line++;
					}
					field.append(c);
				}
			} else if (c == '"' && field.length() == 0) {
				quoted = true;
				fieldStarted = true;
				quoteLine = line;
			} else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
				fieldStarted = true;
			} else if (c == '\n' || c == '\r') {
				if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
				if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
					fields.add(field.toString());
					rows.add(new Row(rowLine, List.copyOf(fields)));
				}
				fields.clear();
				field.setLength(0);
				fieldStarted = false;
				line++;
				rowLine = line;
			} else {
				field.append(c);
				fieldStarted = true;
			}
		}
		if (quoted) {
			throw new MalformedCsv(quoteLine, "a quoted field is not closed");
		}
		if (fieldStarted || field.length() > 0 || !fields.isEmpty()) {
			fields.add(field.toString());
			rows.add(new Row(rowLine, List.copyOf(fields)));
		}
		return rows;
	}
}
