// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import org.avpstudio.core.ModelDiagnostic;

/** How the plugin prints a finding: {@code file:line: severity: id: message}, the form IDEs and CI servers link. */
final class Findings {
	private Findings() {
	}

	static String line(ModelDiagnostic d) {
		String id = id(d);
		String message = d.message().startsWith(id + ": ") ? d.message().substring(id.length() + 2) : d.message();
		return d.file() + ":" + d.line() + ": " + d.severity().label() + ": " + id + ": " + message
				+ (d.fixHint().isEmpty() ? "" : " (fix: " + d.fixHint() + ")");
	}

	/** A location's file as a path ({@code file:} URIs made paths), the model's when it has none. */
	static String path(String file, java.nio.file.Path model) {
		if (file == null || file.isEmpty()) {
			return model.toString();
		}
		if (file.startsWith("file:")) {
			String path = org.eclipse.emf.common.util.URI.createURI(file).toFileString();
			return path == null ? file : path;
		}
		return file;
	}

	/** The message without the requirement id the core puts in front of a compliance finding's message. */
	static String withoutId(ModelDiagnostic d) {
		String prefix = d.ruleId() + ": ";
		return !d.ruleId().isEmpty() && d.message().startsWith(prefix) ? d.message().substring(prefix.length()) : d.message();
	}

	/** The requirement id of a compliance finding, {@code model} for syntax/reference/import errors, {@code internal-error}. */
	static String id(ModelDiagnostic d) {
		return switch (d.kind()) {
		case COMPLIANCE -> d.ruleId();
		case MODEL -> "model";
		case INTERNAL -> "internal-error";
		};
	}
}
