package org.avpstudio.benchmarks.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.avpstudio.benchmarks.Pipeline;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.validation.Issue;

/**
 * Jazzer target: any bytes, read as an .avp model, go through parse, link, every validation rule and, when the
 * model has no errors, every generator. Any exception escaping is a bug: bad input must only produce diagnostics.
 */
public final class ParserFuzzTarget {

	private ParserFuzzTarget() {
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		XtextResource resource = Pipeline.parseAndLink(new String(input, StandardCharsets.UTF_8));
		List<Issue> issues = Pipeline.validate(resource);
		for (Issue issue : issues) {
			if (issue.getMessage() == null || issue.getLineNumber() == null) {
				throw new IllegalStateException("a diagnostic without message or line: " + issue);
			}
		}
		boolean errors = issues.stream().anyMatch(i -> i.getSeverity() == Severity.ERROR);
		if (!errors && !resource.getContents().isEmpty()) {
			Pipeline.generateAll(resource);
		}
	}
}
