package org.avpstudio.cli.internal;

/** One diagnostic of a model file, as the CLI prints it. */
record Problem(String file, int line, int column, String severity, String code, String message, String fixHint) {

	String asText() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message + (fixHint.isEmpty() ? "" : "\n    fix: " + fixHint);
	}

	String asJson() {
		return "{\"file\":" + Json.string(file) + ",\"line\":" + line + ",\"column\":" + column + ",\"severity\":"
				+ Json.string(severity) + ",\"rule\":" + Json.string(code) + ",\"message\":" + Json.string(message)
				+ ",\"fix\":" + Json.string(fixHint) + "}";
	}
}
