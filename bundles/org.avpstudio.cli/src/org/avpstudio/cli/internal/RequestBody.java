// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.HttpURLConnection;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpExchange;

/**
 * The body of a request as text: read as bytes up to a limit and decoded as UTF-8. A body declared larger than the
 * limit is refused before any of it is read; one that turns out larger (chunked) once the limit is passed.
 */
final class RequestBody {

	private RequestBody() {
	}

	static String utf8(HttpExchange exchange, int limit) throws HttpRefusal, IOException {
		String declared = exchange.getRequestHeaders().getFirst("Content-Length");
		if (declared != null && Long.parseLong(declared) > limit) {
			throw tooLarge(limit, declared + " bytes");
		}
		// Read one byte past the limit at most, and never ask for 0 bytes (InputStream.readNBytes does at its end,
		// which makes the JDK's chunked body wait for a next chunk). Not closed here: the server drains and closes it
		// after the answer, which a refusal must not wait for.
		InputStream in = exchange.getRequestBody();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] buffer = new byte[8192];
		while (body.size() <= limit) {
			int n = in.read(buffer, 0, Math.min(buffer.length, limit + 1 - body.size()));
			if (n < 0) {
				break;
			}
			body.write(buffer, 0, n);
		}
		if (body.size() > limit) {
			throw tooLarge(limit, "more");
		}
		ByteBuffer text = ByteBuffer.wrap(body.toByteArray());
		try {
			return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)
					.decode(text).toString();
		} catch (CharacterCodingException e) {
			throw new HttpRefusal(HttpURLConnection.HTTP_BAD_REQUEST, "the body is not UTF-8 text: malformed at byte " + text.position());
		}
	}

	private static HttpRefusal tooLarge(int limit, String size) {
		return new HttpRefusal(413, "a message to the diagram server is at most " + limit + " bytes; this one has " + size);
	}
}
