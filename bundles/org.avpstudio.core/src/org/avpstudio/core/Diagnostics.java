// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.core.ModelDiagnostic.Kind;
import org.avpstudio.core.ModelDiagnostic.Severity;
import org.avpstudio.core.internal.PlatformLog;
import org.avpstudio.dsl.validation.AvpResourceValidator;
import org.avpstudio.dsl.validation.AvpValidator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

/** Validates a loaded resource and turns what the language reports into {@link ModelDiagnostic}s. */
final class Diagnostics {

	private Diagnostics() {
	}

	static List<ModelDiagnostic> of(String file, XtextResource resource) {
		int logged = PlatformLog.mark();
		List<Issue> issues = resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<ModelDiagnostic> diagnostics = new ArrayList<>();
		for (Issue issue : issues) {
			ModelDiagnostic diagnostic = of(file, issue);
			if (diagnostic.kind() == Kind.INTERNAL) {
				PlatformLog.finding(file + ": " + issue.getMessage());
			}
			diagnostics.add(diagnostic);
		}
		for (String error : PlatformLog.since(logged)) {
			// the platform logged it instead of reporting it: still the verdict on this file
			diagnostics.add(atStart(file, Kind.INTERNAL, "internal error of AVP Studio while checking this model (" + error
					+ "); the model was not fully checked, please report this"));
		}
		if (!resource.getErrors().isEmpty() && diagnostics.stream().noneMatch(ModelDiagnostic::isError)) {
			// never "0 errors" for a model that did not parse or link
			diagnostics.add(atStart(file, Kind.MODEL, resource.getErrors().size() + " syntax or reference error(s) could not be reported; the model is not valid"));
		}
		return List.copyOf(diagnostics);
	}

	private static ModelDiagnostic of(String file, Issue issue) {
		String code = issue.getCode();
		Kind kind = AvpResourceValidator.INTERNAL_ERROR.equals(code) ? Kind.INTERNAL
				: code != null && code.startsWith("AVP") ? Kind.COMPLIANCE : Kind.MODEL;
		String[] data = issue.getData();
		String hint = kind == Kind.COMPLIANCE ? datum(data, AvpValidator.DATA_FIX_HINT) : "";
		String quickFix = kind == Kind.COMPLIANCE ? datum(data, AvpValidator.DATA_QUICK_FIX) : "";
		Severity severity = switch (issue.getSeverity()) {
		case ERROR -> Severity.ERROR;
		case WARNING -> Severity.WARNING;
		default -> Severity.INFO;
		};
		return new ModelDiagnostic(file, issue.getLineNumber() == null ? 1 : issue.getLineNumber(), issue.getColumn() == null ? 1 : issue.getColumn(),
				issue.getOffset() == null ? -1 : issue.getOffset(), issue.getLength() == null ? 0 : issue.getLength(), severity, kind,
				kind == Kind.COMPLIANCE ? code : "", issue.getMessage(), hint, quickFix);
	}

	private static String datum(String[] data, int index) {
		return data != null && data.length > index && data[index] != null ? data[index] : "";
	}

	private static ModelDiagnostic atStart(String file, Kind kind, String message) {
		return new ModelDiagnostic(file, 1, 1, -1, 0, Severity.ERROR, kind, "", message, "", "");
	}
}
