package org.avpstudio.cli.internal;

import org.avpstudio.generator.Json;

/** One diagnostic of a model file, as the CLI prints it. */
record Problem(String file, int line, int column, String severity, String code, String message, String fixHint) {

	String asText() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message + (fixHint.isEmpty() ? "" : "\n    fix: " + fixHint);
	}

	String asJson() {
		return "{\"file\":" + Json.quote(file) + ",\"line\":" + line + ",\"column\":" + column + ",\"severity\":"
				+ Json.quote(severity) + ",\"rule\":" + Json.quote(code) + ",\"message\":" + Json.quote(message)
				+ ",\"fix\":" + Json.quote(fixHint) + "}";
	}
}
