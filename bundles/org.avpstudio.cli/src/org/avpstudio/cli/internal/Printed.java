// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.util.List;

import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Json;

/** How the command line prints a model's diagnostics: {@code file:line:column: severity: message}, or JSON. */
final class Printed {

	/** The rule printed for an internal error of the tool (not a problem of the model). */
	static final String INTERNAL = "internal-error";

	private Printed() {
	}

	static String text(ModelDiagnostic d) {
		return d.asText() + (d.fixHint().isEmpty() ? "" : "\n    fix: " + d.fixHint());
	}

	static String json(ModelDiagnostic d) {
		return "{\"file\":" + Json.quote(d.file()) + ",\"line\":" + d.line() + ",\"column\":" + d.column() + ",\"severity\":"
				+ Json.quote(d.severity().label()) + ",\"rule\":" + Json.quote(rule(d)) + ",\"message\":" + Json.quote(d.message())
				+ ",\"fix\":" + Json.quote(d.fixHint()) + "}";
	}

	private static String rule(ModelDiagnostic d) {
		return d.kind() == ModelDiagnostic.Kind.INTERNAL ? INTERNAL : d.ruleId();
	}

	/** The errors that stop a command, then why nothing was written. */
	static void blocking(PlatformModel model, String nothingWritten, PrintWriter err) {
		List<ModelDiagnostic> blocking = model.blockingDiagnostics();
		blocking.forEach(d -> err.println(text(d)));
		err.println("avp: " + model.file() + " could not be parsed or its references resolved; " + nothingWritten);
	}
}
