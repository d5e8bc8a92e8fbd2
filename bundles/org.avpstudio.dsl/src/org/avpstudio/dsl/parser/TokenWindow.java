// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import java.util.AbstractList;
import java.util.Objects;
import java.util.RandomAccess;

import org.antlr.runtime.CommonToken;

/**
 * The token list of a scanned text as the token stream sees it: each token's channel is kept as a byte, and a token
 * object is made when the parser asks for it. The last {@value #KEPT} tokens asked for are kept, so that looking
 * ahead and back returns the same objects; a token asked for again long after is made again, equal to the first.
 * Tokens the parser is done with are garbage at once instead of living until the end of the parse.
 */
final class TokenWindow extends AbstractList<Object> implements RandomAccess {

	/** Tokens kept (a power of two), far more than the parser ever looks ahead or back. */
	static final int KEPT = 1 << 14;
	private static final int MASK = KEPT - 1;

	private final ScannedTokens scanned;
	private final byte[] channels;
	private final CommonToken[] made = new CommonToken[KEPT];

	TokenWindow(ScannedTokens scanned) {
		this.scanned = scanned;
		this.channels = new byte[scanned.size()];
	}

	@Override
	public int size() {
		return channels.length;
	}

	@Override
	public Object get(int i) {
		Objects.checkIndex(i, channels.length);
		CommonToken token = made[i & MASK];
		if (token == null || token.getTokenIndex() != i) {
			token = scanned.token(i, channels[i]);
			token.setTokenIndex(i);
			made[i & MASK] = token;
		}
		return token;
	}

	int type(int i) {
		return scanned.type(i);
	}

	int channel(int i) {
		return channels[i];
	}

	/** Puts token {@code i} on a channel (a token object already made is moved too). */
	void setChannel(int i, int channel) {
		channels[i] = (byte) channel;
		CommonToken token = made[i & MASK];
		if (token != null && token.getTokenIndex() == i) {
			token.setChannel(channel);
		}
	}
}
