// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import org.antlr.runtime.CharStream;
import org.antlr.runtime.Token;
import org.avpstudio.dsl.parser.antlr.internal.InternalAvpLexer;

/**
 * The lexer the .avp parser uses: the text is split by {@link AvpScanner} when it is well-formed, and by the
 * generated ANTLR lexer otherwise (or from the first place the scanner is not certain about, the generated lexer
 * reads the whole text), so tokens, syntax errors and recovery are always those of the grammar.
 */
public class AvpLexer extends InternalAvpLexer {

	/** Tokens of the current text made by the scanner, or {@code null} when the generated lexer reads it. */
	private ScannedTokens scanned;
	private int next;

	public AvpLexer() {
	}

	public AvpLexer(CharStream input) {
		super(input);
		scan();
	}

	@Override
	public void setCharStream(CharStream input) {
		super.setCharStream(input);
		scan();
	}

	private void scan() {
		CharStream text = getCharStream();
		scanned = text == null ? null : AvpScanner.scan(text);
		next = 0;
	}

	/** Whether the scanner split the current text (the generated lexer is not used for it). */
	public boolean scanned() {
		return scanned != null;
	}

	@Override
	public Token nextToken() {
		if (scanned == null) {
			return super.nextToken();
		}
		return next < scanned.size() ? scanned.token(next++, Token.DEFAULT_CHANNEL) : Token.EOF_TOKEN;
	}

	/**
	 * All tokens of the current text, as the scanner keeps them, when the scanner split it and none has been taken
	 * yet (else {@code null}); they then count as taken.
	 */
	ScannedTokens takeAll() {
		if (scanned == null || next != 0) {
			return null;
		}
		next = scanned.size();
		return scanned;
	}

	@Override
	public void reset() {
		super.reset();
		next = 0;
	}
}
