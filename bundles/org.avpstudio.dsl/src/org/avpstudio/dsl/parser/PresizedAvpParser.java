// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import java.io.IOException;
import java.io.Reader;

import org.antlr.runtime.ANTLRReaderStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.TokenSource;
import org.avpstudio.dsl.parser.antlr.AvpParser;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated .avp parser, reading through an {@link AvpTokenStream} and with its buffers sized for the text up
 * front. Where the generated lexer reads the text, ANTLR's token stream puts every token of the file into a list before
 * parsing; grown from its default of 500, a large file's list is copied a few dozen times. The .avp text has about
 * one token per four characters. Likewise the characters: read from a {@link SizedReader}, they go into one buffer of
 * the expected size.
 */
public class PresizedAvpParser extends AvpParser {

	/** Characters per token assumed when sizing the buffer; a denser text only makes the list grow once or twice. */
	static final int CHARS_PER_TOKEN = 4;

	/** Characters read at a time from a {@link SizedReader}. */
	private static final int READ_CHUNK = 1 << 16;

	@Override
	public IParseResult doParse(Reader reader) {
		if (!(reader instanceof SizedReader sized)) {
			return super.doParse(reader);
		}
		try {
			// ANTLR grows the buffer when fewer than a chunk of characters are free: leave room for the last read
			return parse(getDefaultRuleName(), new ANTLRReaderStream(reader, sized.expectedChars() + READ_CHUNK + 1, READ_CHUNK));
		} catch (IOException e) {
			throw new WrappedException(e);
		}
	}

	@Override
	protected XtextTokenStream createTokenStream(TokenSource tokenSource) {
		int expected = 0;
		if (tokenSource instanceof Lexer lexer) {
			CharStream text = lexer.getCharStream();
			expected = text == null ? 0 : text.size() / CHARS_PER_TOKEN + 16;
		}
		return new AvpTokenStream(tokenSource, getTokenDefProvider(), expected);
	}
}
