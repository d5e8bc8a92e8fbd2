// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** A finding of the language server on the text being edited, shown as an error, warning or info annotation. */
public final class DiagnosticAnnotation extends Annotation {

	private final Diagnostic diagnostic;

	DiagnosticAnnotation(Diagnostic diagnostic) {
		super(typeOf(diagnostic.getSeverity()), false, textOf(diagnostic));
		this.diagnostic = diagnostic;
	}

	public Diagnostic diagnostic() {
		return diagnostic;
	}

	/** The AVPS requirement id of a compliance finding, or null for syntax and reference errors. */
	public String requirementId() {
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		return code != null && code.startsWith("AVP") ? code : null;
	}

	static String typeOf(DiagnosticSeverity severity) {
		if (severity == null) {
			return "org.eclipse.ui.workbench.texteditor.error";
		}
		return switch (severity) {
		case Error -> "org.eclipse.ui.workbench.texteditor.error";
		case Warning -> "org.eclipse.ui.workbench.texteditor.warning";
		default -> "org.eclipse.ui.workbench.texteditor.info";
		};
	}

	static String textOf(Diagnostic diagnostic) {
		String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
		String message = diagnostic.getMessage() == null ? "" : diagnostic.getMessage().isLeft() ? diagnostic.getMessage().getLeft()
				: diagnostic.getMessage().getRight().getValue();
		return code != null && code.startsWith("AVP") && !message.contains(code) ? code + ": " + message : message;
	}
}
