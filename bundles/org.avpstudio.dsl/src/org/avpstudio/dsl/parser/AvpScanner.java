// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import org.antlr.runtime.CharStream;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpLexer;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpParser;

/**
 * Splits well-formed .avp text into the tokens the generated ANTLR lexer would make, with a direct character loop
 * instead of ANTLR's prediction automaton (which tries some two hundred keyword rules at every token).
 * <p>
 * It only answers where the answer is certain: words, numbers, keywords (also those with a dash, such as
 * {@code host-device}), strings, comments, white space and the punctuation keywords. Anything else (a character no
 * rule starts with, an unterminated string or comment, a dash that completes no keyword, digits run into letters)
 * makes {@link #scan} answer {@code null}, and the generated lexer reads the text instead, with its error recovery
 * and messages. {@code LexerEquivalenceTest} compares both on the examples, the rule fixtures and mutated text.
 */
final class AvpScanner {

	private static final Keywords KEYWORDS = new Keywords(InternalAvpParser.tokenNames);

	private final String text;
	/** Index of {@code text}'s first character in the stream. */
	private final int offset;
	private final ScannedTokens tokens;
	private int line;

	private AvpScanner(CharStream input, String text, int offset) {
		this.text = text;
		this.offset = offset;
		this.line = input.getLine();
		this.tokens = new ScannedTokens(input, offset, offset + text.length(), line, input.getCharPositionInLine(),
				text.length() / PresizedAvpParser.CHARS_PER_TOKEN + 16);
	}

	/**
	 * The tokens of the rest of the stream (the stream itself is not moved), or {@code null} when some part of it is
	 * left to the generated lexer.
	 */
	static ScannedTokens scan(CharStream input) {
		int start = input.index();
		int size = input.size();
		String text = start < size ? input.substring(start, size - 1) : "";
		AvpScanner scanner = new AvpScanner(input, text, start);
		return scanner.scanAll() ? scanner.tokens : null;
	}

	private boolean scanAll() {
		int n = text.length();
		int i = 0;
		while (i < n) {
			int end = tokenEnd(i);
			if (end < 0) {
				return false;
			}
			i = end;
		}
		return true;
	}

	/** Adds the token starting at {@code begin}; its end, or -1 when the generated lexer must decide. */
	private int tokenEnd(int begin) {
		String s = text;
		int n = s.length();
		char c = s.charAt(begin);
		int i = begin;
		switch (c) {
		case ' ', '\t', '\r', '\n' -> {
			do {
				i++;
			} while (i < n && isSpace(s.charAt(i)));
			return emitCounting(InternalAvpLexer.RULE_WS, begin, i);
		}
		case '"', '\'' -> {
			i++;
			while (i < n && s.charAt(i) != c) {
				i += s.charAt(i) == '\\' ? 2 : 1;
			}
			return i < n ? emitCounting(InternalAvpLexer.RULE_STRING, begin, i + 1) : -1;
		}
		case '/' -> {
			if (begin + 1 < n && s.charAt(begin + 1) == '/') {
				i += 2;
				while (i < n && s.charAt(i) != '\n' && s.charAt(i) != '\r') {
					i++;
				}
				if (i < n && s.charAt(i) == '\r') {
					i += i + 1 < n && s.charAt(i + 1) == '\n' ? 2 : 1;
				} else if (i < n && s.charAt(i) == '\n') {
					i++;
				}
				return emitCounting(InternalAvpLexer.RULE_SL_COMMENT, begin, i);
			}
			if (begin + 1 < n && s.charAt(begin + 1) == '*') {
				int close = s.indexOf("*/", begin + 2);
				return close < 0 ? -1 : emitCounting(InternalAvpLexer.RULE_ML_COMMENT, begin, close + 2);
			}
			return -1;
		}
		case '^' -> {
			if (begin + 1 >= n || !isIdentifierStart(s.charAt(begin + 1))) {
				return -1;
			}
			int end = wordEnd(begin + 1);
			return end < n && s.charAt(end) == '-' ? -1 : emit(InternalAvpLexer.RULE_ID, begin, end);
		}
		default -> {
			if (isIdentifierStart(c) || isDigit(c)) {
				return word(begin);
			}
			int keyword = KEYWORDS.typeOf(s, begin, begin + 1);
			return keyword < 0 ? -1 : emit(keyword, begin, begin + 1);
		}
		}
	}

	/**
	 * A run of letters, digits, underscores and dashes: a keyword if it is one, else an identifier or a number when it
	 * is one of those (no dash, no digits run into letters); anything else is left to the generated lexer.
	 */
	private int word(int begin) {
		String s = text;
		int n = s.length();
		int end = begin;
		boolean dash = false;
		boolean digitsOnly = true;
		while (end < n) {
			char c = s.charAt(end);
			if (c == '-') {
				dash = true;
			} else if (!isDigit(c)) {
				if (!isIdentifierPart(c)) {
					break;
				}
				digitsOnly = false;
			}
			end++;
		}
		int keyword = KEYWORDS.typeOf(s, begin, end);
		if (keyword >= 0) {
			return emit(keyword, begin, end);
		}
		if (dash) {
			return -1;
		}
		if (digitsOnly) {
			return emit(InternalAvpLexer.RULE_INT, begin, end);
		}
		return isDigit(s.charAt(begin)) ? -1 : emit(InternalAvpLexer.RULE_ID, begin, end);
	}

	private int wordEnd(int from) {
		int i = from;
		while (i < text.length() && isIdentifierPart(text.charAt(i))) {
			i++;
		}
		return i;
	}

	/** A token without line breaks. */
	private int emit(int type, int begin, int end) {
		tokens.add(type, offset + begin, line);
		return end;
	}

	/** A token that may span lines (as ANTLR counts them: a line feed ends a line). */
	private int emitCounting(int type, int begin, int end) {
		tokens.add(type, offset + begin, line);
		for (int i = begin; i < end; i++) {
			if (text.charAt(i) == '\n') {
				line++;
				tokens.lineStartsAt(offset + i + 1);
			}
		}
		return end;
	}

	private static boolean isSpace(char c) {
		return c == ' ' || c == '\t' || c == '\r' || c == '\n';
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isIdentifierStart(char c) {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_';
	}

	private static boolean isIdentifierPart(char c) {
		return isIdentifierStart(c) || isDigit(c);
	}

	/** The grammar's keywords by text, from the generated parser's token names ({@code 'platform'} and so on). */
	private static final class Keywords {
		private final String[] texts;
		private final int[] types;
		private final int mask;

		Keywords(String[] tokenNames) {
			int size = Integer.highestOneBit(tokenNames.length * 4);
			texts = new String[size];
			types = new int[size];
			mask = size - 1;
			for (int type = 0; type < tokenNames.length; type++) {
				String name = tokenNames[type];
				if (name.length() > 2 && name.startsWith("'") && name.endsWith("'")) {
					String keyword = name.substring(1, name.length() - 1);
					int slot = hash(keyword, 0, keyword.length()) & mask;
					while (texts[slot] != null) {
						slot = (slot + 1) & mask;
					}
					texts[slot] = keyword;
					types[slot] = type;
				}
			}
		}

		/** The token type of the keyword {@code s[begin, end)}, or -1. */
		int typeOf(String s, int begin, int end) {
			int length = end - begin;
			for (int slot = hash(s, begin, end) & mask; texts[slot] != null; slot = (slot + 1) & mask) {
				String keyword = texts[slot];
				if (keyword.length() == length && s.regionMatches(begin, keyword, 0, length)) {
					return types[slot];
				}
			}
			return -1;
		}

		private static int hash(String s, int begin, int end) {
			int h = 0;
			for (int i = begin; i < end; i++) {
				h = 31 * h + s.charAt(i);
			}
			return h ^ (h >>> 16);
		}
	}
}
