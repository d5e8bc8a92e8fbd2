// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

/**
 * Line and column (both 1-based) of an offset in a text, for any line-ending style: {@code \n}, {@code \r\n} and a
 * lone {@code \r} each end a line; the {@code \n} of a {@code \r\n} belongs to the line it ends. Offsets outside
 * the text are clamped to it, so a position can always be given.
 */
public record TextPosition(int line, int column) {

	public static TextPosition of(CharSequence text, int offset) {
		int end = Math.max(0, Math.min(offset, text.length()));
		int line = 1;
		int lineStart = 0;
		for (int i = 0; i < end; i++) {
			char c = text.charAt(i);
			if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
				line++;
				lineStart = i + 1;
			}
		}
		return new TextPosition(line, end - lineStart + 1);
	}
}
