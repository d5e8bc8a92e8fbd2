package org.avpstudio.dsl.parser;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.ANTLRReaderStream;
import org.antlr.runtime.CharStream;
import org.antlr.runtime.Lexer;
import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.avpstudio.dsl.parser.antlr.AvpParser;
import org.eclipse.emf.common.util.WrappedException;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

/**
 * The generated .avp parser, with its buffers sized for the text up front. ANTLR's token stream reads every token
 * of the file into a list before parsing; grown from its default of 500, a large file's list is copied a few dozen
 * times (about three times its final size in garbage). The .avp text has about one token per four characters.
 * Likewise the characters: read from a {@link SizedReader}, they go into one buffer of the expected size.
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
		return new Presized(tokenSource, getTokenDefProvider(), expected);
	}

	/**
	 * Xtext's token stream with a plain token list. Xtext's own list sets the channel (hidden or not) of a token each
	 * time the parser looks at it, so that a rule may change which tokens are hidden; here a token gets its channel
	 * once, when it is added, and the tokens not yet consumed get theirs again should the hidden set ever change. The
	 * .avp grammar never changes it (no {@code hidden()} rules); Xtext's per-look-ahead write was the costliest step of
	 * parsing a large file.
	 * <p>
	 * A text the scanner split is not turned into token objects up front: the list is a {@link TokenWindow} over the
	 * scanner's numbers, which makes a token when the parser asks for it.
	 */
	private static final class Presized extends XtextTokenStream {
		private final Map<String, Integer> typesByRule = new HashMap<>();
		private final int expected;
		private BitSet hidden;

		Presized(TokenSource tokenSource, ITokenDefProvider tokenDefProvider, int expected) {
			super(tokenSource, tokenDefProvider);
			tokenDefProvider.getTokenDefMap().forEach((type, rule) -> typesByRule.put(rule, type));
			this.expected = expected;
			tokens = new ChannelledTokens(expected);
		}

		@Override
		protected void fillBuffer() {
			boolean plain = channelOverrideMap == null && discardSet == null && !discardOffChannelTokens && tokens.isEmpty();
			ScannedTokens scanned = plain && tokenSource instanceof AvpLexer lexer ? lexer.takeAll() : null;
			if (scanned == null) {
				super.fillBuffer();
				return;
			}
			TokenWindow window = new TokenWindow(scanned);
			for (int i = 0; i < window.size(); i++) {
				window.setChannel(i, channelOf(window.type(i)));
			}
			tokens = window;
			p = skipOffTokenChannels(0);
		}

		@Override
		protected int skipOffTokenChannels(int i) {
			if (tokens instanceof TokenWindow window) {
				int n = window.size();
				while (i < n && window.channel(i) != channel) {
					i++;
				}
				return i;
			}
			return super.skipOffTokenChannels(i);
		}

		@Override
		public void setTokenSource(TokenSource tokenSource) {
			tokens = new ChannelledTokens(expected); // a window cannot be cleared
			super.setTokenSource(tokenSource);
		}

		@Override
		public HiddenTokens setHiddenTokens(String... lexerRules) {
			BitSet before = hidden;
			HiddenTokens restore = super.setHiddenTokens(lexerRules);
			return () -> {
				restore.restore();
				use(before);
			};
		}

		@Override
		protected void doSetHiddenTokens(String... lexerRules) {
			super.doSetHiddenTokens(lexerRules); // checks the rules
			BitSet set = new BitSet();
			for (String rule : lexerRules) {
				set.set(typesByRule.get(rule));
			}
			use(set);
		}

		/** Makes {@code set} the hidden token types; tokens not yet consumed get their channels again if it changed. */
		private void use(BitSet set) {
			boolean changed = hidden != null && !hidden.equals(set);
			hidden = set;
			if (changed) {
				int first = getFirstMarker() != -1 ? getFirstMarker() : p;
				for (int i = Math.max(first, 0); i < tokens.size(); i++) {
					if (tokens instanceof TokenWindow window) {
						window.setChannel(i, channelOf(window.type(i)));
					} else {
						Token token = (Token) tokens.get(i);
						token.setChannel(channelOf(token.getType(), token.getChannel()));
					}
				}
			}
		}

		/** The channel of a token of this type under the current hidden set (the scanner makes them on the default). */
		private int channelOf(int type) {
			return channelOf(type, Token.DEFAULT_CHANNEL);
		}

		private int channelOf(int type, int otherwise) {
			if (hidden != null && type >= Token.MIN_TOKEN_TYPE) {
				return hidden.get(type) ? Token.HIDDEN_CHANNEL : Token.DEFAULT_CHANNEL;
			}
			return otherwise;
		}

		@SuppressWarnings("serial")
		private final class ChannelledTokens extends ArrayList<Object> {
			ChannelledTokens(int capacity) {
				super(capacity);
			}

			@Override
			public boolean add(Object token) {
				Token t = (Token) token;
				t.setChannel(channelOf(t.getType(), t.getChannel()));
				return super.add(token);
			}
		}
	}
}
