package org.avpstudio.cli.internal;

import org.avpstudio.generator.Json;

/** One diagnostic of a model file, as the CLI prints it. */
record Problem(String file, int line, int column, String severity, String code, String message, String fixHint) {

	/** The code of an internal error of the tool (not a problem of the model). */
	static final String INTERNAL = "internal-error";

	boolean internal() {
		return code.equals(INTERNAL);
	}

	String asText() {
		return file + ":" + line + ":" + column + ": " + severity + ": " + message + (fixHint.isEmpty() ? "" : "\n    fix: " + fixHint);
	}

	String asJson() {
		return "{\"file\":" + Json.quote(file) + ",\"line\":" + line + ",\"column\":" + column + ",\"severity\":"
				+ Json.quote(severity) + ",\"rule\":" + Json.quote(code) + ",\"message\":" + Json.quote(message)
				+ ",\"fix\":" + Json.quote(fixHint) + "}";
	}
}
