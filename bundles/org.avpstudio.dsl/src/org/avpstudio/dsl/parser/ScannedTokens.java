// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import java.util.Arrays;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.CommonToken;

/**
 * The tokens {@link AvpScanner} found, kept as numbers (type, first character, line) rather than as token objects.
 * The scanner's tokens cover the text without gap, so a token ends where the next begins, and its column is its
 * distance from the start of its line. A {@link CommonToken} is made only when one is asked for: a large file's
 * tokens are then a few arrays instead of hundreds of thousands of objects that live as long as the parse.
 */
final class ScannedTokens {

	private final CharStream input;
	/** Index in {@link #input} of the character after the last token. */
	private final int end;
	private final int firstLine;
	private final int firstLineStart;

	private int size;
	private short[] types;
	private int[] starts;
	private int[] lines;
	/** Index in {@link #input} where each line begins, line {@link #firstLine} first. */
	private int[] lineStarts = new int[64];
	private int lineCount = 1;

	/**
	 * @param end index after the last character the tokens will cover
	 * @param line line of the first token
	 * @param column column of the first token
	 * @param expected expected number of tokens (the arrays grow when there are more)
	 */
	ScannedTokens(CharStream input, int start, int end, int line, int column, int expected) {
		this.input = input;
		this.end = end;
		this.firstLine = line;
		this.firstLineStart = start - column;
		lineStarts[0] = firstLineStart;
		types = new short[Math.max(expected, 16)];
		starts = new int[types.length];
		lines = new int[types.length];
	}

	/** Adds the next token, which starts where the previous one ended. */
	void add(int type, int start, int line) {
		if (size == types.length) {
			int capacity = size + (size >> 1);
			types = Arrays.copyOf(types, capacity);
			starts = Arrays.copyOf(starts, capacity);
			lines = Arrays.copyOf(lines, capacity);
		}
		types[size] = (short) type;
		starts[size] = start;
		lines[size] = line;
		size++;
	}

	/** Records that line {@code firstLine + lineCount} begins at {@code index}. */
	void lineStartsAt(int index) {
		if (lineCount == lineStarts.length) {
			lineStarts = Arrays.copyOf(lineStarts, lineCount * 2);
		}
		lineStarts[lineCount++] = index;
	}

	int size() {
		return size;
	}

	int type(int i) {
		return types[i];
	}

	/** Token {@code i} as the generated lexer makes it, on the given channel; its token index is not set. */
	CommonToken token(int i, int channel) {
		int start = starts[i];
		int stop = (i + 1 < size ? starts[i + 1] : end) - 1;
		CommonToken token = new CommonToken(input, types[i], channel, start, stop);
		int line = lines[i];
		token.setLine(line);
		token.setCharPositionInLine(start - lineStarts[line - firstLine]);
		return token;
	}
}
