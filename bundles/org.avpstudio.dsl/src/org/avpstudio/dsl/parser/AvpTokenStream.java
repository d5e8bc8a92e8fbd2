// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

import org.antlr.runtime.Token;
import org.antlr.runtime.TokenSource;
import org.eclipse.xtext.parser.antlr.ITokenDefProvider;
import org.eclipse.xtext.parser.antlr.XtextTokenStream;

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
final class AvpTokenStream extends XtextTokenStream {
	private final Map<String, Integer> typesByRule = new HashMap<>();
	private final int expected;
	private BitSet hidden;

	AvpTokenStream(TokenSource tokenSource, ITokenDefProvider tokenDefProvider, int expected) {
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
		tokens = new TokenWindow(scanned);
		for (int i = 0; i < tokens.size(); i++) {
			rechannel(i);
		}
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
				rechannel(i);
			}
		}
	}

	private void rechannel(int i) {
		if (tokens instanceof TokenWindow window) {
			window.setChannel(i, channelOf(window.type(i)));
		} else {
			Token token = (Token) tokens.get(i);
			token.setChannel(channelOf(token.getType(), token.getChannel()));
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
