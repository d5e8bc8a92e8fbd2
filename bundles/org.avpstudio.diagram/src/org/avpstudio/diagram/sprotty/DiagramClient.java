// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The diagram client's static files (page, script, styles), built from {@code client/} into {@code web/} of this
 * bundle and read from the class path: {@code avp diagram --serve} serves them, the Eclipse view opens them.
 */
public final class DiagramClient {

	/** The page that starts the client. */
	public static final String PAGE = "index.html";

	private DiagramClient() {
	}

	/** The bytes of a client file, or null if there is no such file (names are plain file names, no paths). */
	public static byte[] file(String name) throws IOException {
		if (!name.matches("[a-z][a-z0-9.-]*")) {
			return null;
		}
		try (InputStream in = DiagramClient.class.getResourceAsStream("/web/" + name)) {
			return in == null ? null : in.readAllBytes();
		}
	}

	public static String contentType(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.endsWith(".html")) {
			return "text/html; charset=utf-8";
		}
		if (lower.endsWith(".js")) {
			return "text/javascript; charset=utf-8";
		}
		if (lower.endsWith(".css")) {
			return "text/css; charset=utf-8";
		}
		return "application/octet-stream";
	}
}
