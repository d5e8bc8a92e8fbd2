package org.avpstudio.dsl.parser;

import java.util.List;

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
	private List<Token> scanned;
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
		return next < scanned.size() ? scanned.get(next++) : Token.EOF_TOKEN;
	}

	@Override
	public void reset() {
		super.reset();
		next = 0;
	}
}
