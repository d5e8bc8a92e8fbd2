// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;

/**
 * The words of shell command lines (a launch script, a libvirt {@code .args} file, a command pasted with {@code \}
 * line continuations), each with the place it starts. Quoting as POSIX sh reads it: {@code '...'} literally,
 * {@code "..."} with {@code \" \\ \$ \`} escapes, an unquoted {@code \} escapes the next character and a {@code \} at
 * the end of a line joins the next line. A {@code #} starting a word comments out the rest of the line. A line break,
 * {@code ;}, {@code &}, {@code |} (and {@code &&}, {@code ||}) end a command; a redirection ({@code > file},
 * {@code 2>&1}, {@code < file}) is not part of the command's words. Nothing is expanded: a word that the shell would
 * expand ({@code $VAR}, {@code $(...)}, backquotes) keeps its text and says so ({@link Word#expands()}).
 */
public final class ShellWords {

	/** One word after quote removal; {@code expands} when it holds an unquoted or double-quoted {@code $} or backquote. */
	public record Word(String text, SourcePosition at, boolean expands) {
	}

	private final Path file;
	private final String text;
	private int offset;
	private int line = 1;
	private int column = 1;
	private final List<List<Word>> commands = new ArrayList<>();
	private List<Word> command = new ArrayList<>();

	private ShellWords(Path file, String text) {
		this.file = file;
		this.text = text;
	}

	/** The commands of {@code text} (read from {@code file}), each a list of its words; empty commands are left out. */
	public static List<List<Word>> commands(Path file, String text) throws ImportException {
		ShellWords words = new ShellWords(file, text);
		words.read();
		return words.commands;
	}

	private void read() throws ImportException {
		while (offset < text.length()) {
			char c = text.charAt(offset);
			if (c == ' ' || c == '\t') {
				advance();
			} else if (c == '\\' && (next(1) == '\n' || next(1) == '\r' && next(2) == '\n')) {
				advance();
				if (text.charAt(offset) == '\r') {
					advance();
				}
				advance();
			} else if (c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|') {
				advance();
				endCommand();
			} else if (c == '#') {
				while (offset < text.length() && text.charAt(offset) != '\n') {
					advance();
				}
			} else if (c == '<' || c == '>') {
				redirection();
			} else {
				word();
			}
		}
		endCommand();
	}

	private void word() throws ImportException {
		SourcePosition start = position();
		StringBuilder word = new StringBuilder();
		boolean expands = false;
		while (offset < text.length()) {
			char c = text.charAt(offset);
			if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ';' || c == '&' || c == '|') {
				break;
			}
			if (c == '<' || c == '>') {
				if (isDigits(word)) {
					// 2>&1: the descriptor number belongs to the redirection
					redirection();
					return;
				}
				break;
			}
			if (c == '\'') {
				SourcePosition quote = position();
				advance();
				int end = text.indexOf('\'', offset);
				if (end < 0) {
					throw new ImportException(quote.file() + ":" + quote.line() + ":" + quote.column()
							+ ": unclosed single quote; close it with ' on the same command");
				}
				while (offset < end) {
					word.append(text.charAt(offset));
					advance();
				}
				advance();
			} else if (c == '"') {
				expands |= doubleQuoted(word);
			} else if (c == '\\') {
				advance();
				if (offset < text.length()) {
					if (text.charAt(offset) == '\r' && next(1) == '\n') {
						advance();
					}
					if (text.charAt(offset) != '\n') {
						word.append(text.charAt(offset));
					}
					advance();
				}
			} else {
				expands |= c == '$' || c == '`';
				word.append(c);
				advance();
			}
		}
		command.add(new Word(word.toString(), start, expands));
	}

	/** Reads a {@code "..."} part into {@code word}; true when it holds something the shell would expand. */
	private boolean doubleQuoted(StringBuilder word) throws ImportException {
		SourcePosition quote = position();
		advance();
		boolean expands = false;
		while (true) {
			if (offset >= text.length()) {
				throw new ImportException(quote.file() + ":" + quote.line() + ":" + quote.column()
						+ ": unclosed double quote; close it with \" on the same command");
			}
			char c = text.charAt(offset);
			if (c == '"') {
				advance();
				return expands;
			}
			if (c == '\\' && offset + 1 < text.length() && "\"\\$`\n".indexOf(text.charAt(offset + 1)) >= 0) {
				advance();
				if (text.charAt(offset) != '\n') {
					word.append(text.charAt(offset));
				}
				advance();
				continue;
			}
			expands |= c == '$' || c == '`';
			word.append(c);
			advance();
		}
	}

	/** Skips an operator such as {@code >}, {@code >>}, {@code >&}, {@code <} and the word it redirects to. */
	private void redirection() throws ImportException {
		while (offset < text.length() && "<>&".indexOf(text.charAt(offset)) >= 0) {
			advance();
		}
		while (offset < text.length() && (text.charAt(offset) == ' ' || text.charAt(offset) == '\t')) {
			advance();
		}
		List<Word> kept = command;
		command = new ArrayList<>();
		if (offset < text.length() && "\n\r;|".indexOf(text.charAt(offset)) < 0) {
			word();
		}
		command = kept;
	}

	private static boolean isDigits(CharSequence s) {
		return !s.isEmpty() && s.chars().allMatch(Character::isDigit);
	}

	private char next(int ahead) {
		return offset + ahead < text.length() ? text.charAt(offset + ahead) : 0;
	}

	private void advance() {
		if (text.charAt(offset) == '\n') {
			line++;
			column = 1;
		} else {
			column++;
		}
		offset++;
	}

	private SourcePosition position() {
		return new SourcePosition(file, line, column);
	}

	private void endCommand() {
		if (!command.isEmpty()) {
			commands.add(command);
			command = new ArrayList<>();
		}
	}
}
