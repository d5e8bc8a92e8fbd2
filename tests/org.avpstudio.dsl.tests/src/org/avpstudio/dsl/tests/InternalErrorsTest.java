// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.avpstudio.dsl.validation.AvpResourceValidator;
import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * What fails inside the tool while a model is checked is an error issue naming the failure, never only a log line,
 * and a diagnostic whose position cannot be computed is still reported.
 */
public class InternalErrorsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private XtextResource load(String text) throws Exception {
		Path file = folder.newFile("m" + System.nanoTime() + ".avp").toPath();
		Files.writeString(file, text);
		return AvpModels.load(file);
	}

	private static AvpResourceValidator validator() {
		IResourceValidator validator = AvpModels.INJECTOR.getInstance(IResourceValidator.class);
		assertTrue("bound in the runtime module: " + validator.getClass(), validator instanceof AvpResourceValidator);
		return (AvpResourceValidator) validator;
	}

	@Test
	public void aFailingValidatorIsAnErrorIssue() throws Exception {
		XtextResource resource = load("platform p {\n\tvm a { memory 64 MiB }\n}\n");
		AvpResourceValidator validator = validator();
		validator.setDiagnostician(new Diagnostician() {
			@Override
			public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
				throw new IllegalStateException("a rule broke");
			}

			@Override
			public BasicDiagnostic createDefaultDiagnostic(EObject eObject) {
				return new BasicDiagnostic();
			}
		});
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		assertEquals(issues.toString(), 1, issues.size());
		Issue issue = issues.get(0);
		assertEquals(AvpResourceValidator.INTERNAL_ERROR, issue.getCode());
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertTrue(issue.getMessage(), issue.getMessage().contains("IllegalStateException: a rule broke"));
		assertEquals(Integer.valueOf(1), issue.getLineNumber());
	}

	@Test
	public void aDiagnosticThatCannotBeLocatedIsStillReported() throws Exception {
		XtextResource resource = load("platform p {\n\tvm a { memory 64 MiB }\n}\n");
		resource.getErrors().add(new Resource.Diagnostic() {
			@Override
			public String getMessage() {
				return "something is wrong here";
			}

			@Override
			public String getLocation() {
				return null;
			}

			@Override
			public int getLine() {
				throw new StringIndexOutOfBoundsException("cannot locate");
			}

			@Override
			public int getColumn() {
				throw new StringIndexOutOfBoundsException("cannot locate");
			}
		});
		List<Issue> issues = validator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		Issue issue = issues.stream().filter(i -> "something is wrong here".equals(i.getMessage())).findFirst()
				.orElseThrow(() -> new AssertionError("still reported: " + issues));
		assertEquals(Severity.ERROR, issue.getSeverity());
		assertEquals("at the nearest known place: the start", Integer.valueOf(1), issue.getLineNumber());
	}
}
