// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import java.io.FilterReader;
import java.io.Reader;

/**
 * A reader that knows about how many characters it will give (at most), so that {@link PresizedAvpParser} reads the
 * text into one buffer of that size instead of doubling a small one until it fits.
 */
public final class SizedReader extends FilterReader {

	/** Larger guesses are not trusted; the buffer then grows as usual. */
	private static final int MAX_EXPECTED = 1 << 28;

	private final int expectedChars;

	public SizedReader(Reader in, int expectedChars) {
		super(in);
		this.expectedChars = Math.max(0, Math.min(expectedChars, MAX_EXPECTED));
	}

	public int expectedChars() {
		return expectedChars;
	}
}
