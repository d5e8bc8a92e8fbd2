// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

/**
 * One problem of a model file at its place: a syntax, reference or import error, an AVPS compliance finding (its
 * {@code ruleId} is the requirement id), or an internal error of the tool while checking the file.
 *
 * @param offset  character offset of the element in the file, -1 when unknown
 * @param length  length of the marked text, 0 when unknown
 * @param fixHint what the user can do, for compliance findings ({@code ""} otherwise)
 * @param quickFix the label of the quick fix that resolves it, {@code ""} when there is none
 */
public record ModelDiagnostic(String file, int line, int column, int offset, int length, Severity severity, Kind kind, String ruleId,
		String message, String fixHint, String quickFix) {

	/** How serious a diagnostic is. */
	public enum Severity {
		ERROR, WARNING, INFO;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** Where a diagnostic comes from. */
	public enum Kind {
		/** The text does not parse, a reference or an import does not resolve: the model is not usable. */
		MODEL,
		/** A finding of an AVPS requirement (or a waiver of one). */
		COMPLIANCE,
		/** The tool failed while checking: the verdict on the file is not reliable. */
		INTERNAL
	}

	/** {@code file:line:column: severity: message}, the form compilers use and IDEs and CI servers link. */
	public String asText() {
		return file + ":" + line + ":" + column + ": " + severity.label() + ": " + message;
	}

	public boolean isError() {
		return severity == Severity.ERROR;
	}
}
