// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.avpstudio.benchmarks.Pipeline;
import org.avpstudio.core.internal.PlatformLog;
import org.avpstudio.dsl.validation.AvpResourceValidator;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Jazzer target: any bytes, read as an .avp model, go through parse, link, every validation rule and, when the
 * model has no errors, every generator. The verdict is judged, not only the absence of a crash:
 * <ul>
 * <li>no exception escapes, and nothing is logged at ERROR ({@link PlatformLog}: Xtext catches and logs what fails inside it);</li>
 * <li>no internal-error issue; every issue has a message and a position inside the text;</li>
 * <li>a text in which Xtext's own parser ({@link StockParser}) finds syntax errors has syntax errors here too;</li>
 * <li>no compliance finding is made while a reference is unresolved, and none names {@code null}.</li>
 * </ul>
 */
public final class ParserFuzzTarget {

	private ParserFuzzTarget() {
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		String text = new String(input, StandardCharsets.UTF_8);
		try (PlatformLog log = PlatformLog.capture()) {
			check(text, log);
		}
	}

	private static void check(String text, PlatformLog log) throws Exception {
		XtextResource resource = Pipeline.parseAndLink(text);
		List<Issue> issues = Pipeline.validate(resource);
		assertNothingLogged(log, "parsing and validating");
		int lines = (int) text.chars().filter(c -> c == '\n' || c == '\r').count() + 1;
		boolean syntaxErrors = false;
		boolean unresolved = false;
		for (Issue issue : issues) {
			if (issue.getMessage() == null || issue.getLineNumber() == null || issue.getColumn() == null) {
				throw new IllegalStateException("a diagnostic without message or position: " + issue);
			}
			if (AvpResourceValidator.INTERNAL_ERROR.equals(issue.getCode())) {
				throw new IllegalStateException("internal error: " + issue.getMessage());
			}
			if (issue.getLineNumber() < 1 || issue.getLineNumber() > lines || issue.getColumn() < 1
					|| issue.getLineNumberEnd() < issue.getLineNumber()) {
				throw new IllegalStateException("a diagnostic outside the text (" + lines + " lines): " + issue);
			}
			syntaxErrors |= issue.isSyntaxError();
			unresolved |= issue.getCode() != null && issue.getCode().contains("Linking");
		}
		if (!syntaxErrors && StockParser.syntaxErrors(text) > 0) {
			throw new IllegalStateException("Xtext's own parser finds syntax errors, AVP Studio reports none: " + issues);
		}
		for (Issue issue : issues) {
			boolean compliance = issue.getCode() != null && issue.getCode().startsWith("AVPS-");
			if (compliance && unresolved) {
				throw new IllegalStateException("a compliance finding on a model with unresolved references: " + issue);
			}
			if (compliance && issue.getMessage().contains("'null'")) {
				throw new IllegalStateException("a finding names null: " + issue);
			}
		}
		boolean errors = issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
		if (!errors && !resource.getContents().isEmpty()) {
			Pipeline.generateAll(resource);
			assertNothingLogged(log, "generating");
		}
	}

	/** Xtext catches what fails inside it and logs it: a logged error is a finding even when nothing was thrown. */
	private static void assertNothingLogged(PlatformLog log, String what) {
		if (!log.errors().isEmpty()) {
			throw new IllegalStateException(what + " logged " + log.errors().size() + " error(s): " + log.errors());
		}
	}
}
