// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;
import org.eclipse.xtext.service.OperationCanceledError;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.validation.AbstractInjectableValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.CheckType;
import org.eclipse.xtext.validation.Issue;
import org.eclipse.xtext.validation.ResourceValidatorImpl;
import org.eclipse.xtext.validation.impl.ConcreteSyntaxEValidator;

/**
 * Xtext's resource validator, except that nothing it is given is lost. Xtext catches a failure in any step
 * (resolving references, converting a diagnostic into an issue, running the validators), logs it and returns
 * the issues it had so far: a syntax error whose position could not be computed simply vanished, and a model
 * that does not parse came out clean. Here:
 * <ul>
 * <li>each syntax or linking diagnostic of the resource is converted on its own; when that fails it is still
 * reported, at the position its offset gives in the text (or the start of the file) with its message;</li>
 * <li>a failure of a step becomes an error issue ({@link #INTERNAL_ERROR}) that names the step and the
 * exception, instead of a log line; cancellation still propagates.</li>
 * </ul>
 */
public class AvpResourceValidator extends ResourceValidatorImpl {

	/** Issue code of an internal error of the tool while checking a model: never the user's fault, always an error. */
	public static final String INTERNAL_ERROR = "org.avpstudio.dsl.InternalError";

	@Override
	public List<Issue> validate(Resource resource, CheckMode mode, CancelIndicator indicator) throws OperationCanceledError {
		CancelIndicator monitor = indicator == null ? CancelIndicator.NullImpl : indicator;
		List<Issue> result = new ArrayList<>();
		IAcceptor<Issue> acceptor = createAcceptor(result);
		try {
			resolveProxies(resource, monitor);
		} catch (RuntimeException e) {
			internalError(resource, "resolving the references of this model", e, acceptor);
		}
		getOperationCanceledManager().checkCanceled(monitor);
		if (mode.shouldCheck(CheckType.FAST)) {
			collectResourceDiagnostics(resource, monitor, acceptor);
		}
		getOperationCanceledManager().checkCanceled(monitor);
		try {
			validate(resource, mode, monitor, acceptor);
		} catch (RuntimeException e) {
			internalError(resource, "validating this model", e, acceptor);
		}
		getOperationCanceledManager().checkCanceled(monitor);
		return result;
	}

	@Override
	protected void collectResourceDiagnostics(Resource resource, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		// copies: converting a diagnostic may resolve a reference, which adds to these lists
		for (Resource.Diagnostic error : List.copyOf(resource.getErrors())) {
			getOperationCanceledManager().checkCanceled(monitor);
			convert(resource, error, Severity.ERROR, acceptor);
		}
		for (Resource.Diagnostic warning : List.copyOf(resource.getWarnings())) {
			getOperationCanceledManager().checkCanceled(monitor);
			convert(resource, warning, Severity.WARNING, acceptor);
		}
	}

	private void convert(Resource resource, Resource.Diagnostic diagnostic, Severity severity, IAcceptor<Issue> acceptor) {
		try {
			issueFromXtextResourceDiagnostic(diagnostic, severity, acceptor);
		} catch (RuntimeException e) {
			getOperationCanceledManager().propagateAsErrorIfCancelException(e);
			Issue.IssueImpl issue = new Issue.IssueImpl();
			issue.setSeverity(severity);
			issue.setSyntaxError(diagnostic instanceof XtextSyntaxDiagnostic);
			issue.setMessage(diagnostic.getMessage() == null ? "a problem whose position could not be computed" : diagnostic.getMessage());
			int offset = 0;
			int length = 0;
			if (diagnostic instanceof org.eclipse.xtext.diagnostics.Diagnostic located) {
				try {
					offset = located.getOffset();
					length = Math.max(0, located.getLength());
				} catch (RuntimeException unknown) {
					getOperationCanceledManager().propagateAsErrorIfCancelException(unknown);
				}
			}
			if (diagnostic instanceof org.eclipse.xtext.diagnostics.AbstractDiagnostic xtext) {
				issue.setCode(xtext.getCode());
				issue.setData(xtext.getData());
			}
			locate(issue, text(resource), offset, length);
			issue.setType(CheckType.FAST);
			acceptor.accept(issue);
		}
	}

	/** Runs the diagnostician on one root element, as Xtext does, but a failure is an issue instead of a log line. */
	@Override
	protected void validate(Resource resource, EObject element, CheckMode mode, CancelIndicator monitor, IAcceptor<Issue> acceptor) {
		try {
			Map<Object, Object> context = new HashMap<>();
			context.put(CheckMode.KEY, mode);
			context.put(CancelableDiagnostician.CANCEL_INDICATOR, monitor);
			// a parsed model matches its concrete syntax by construction: anything else was a syntax error already
			context.put(ConcreteSyntaxEValidator.DISABLE_CONCRETE_SYNTAX_EVALIDATOR, Boolean.TRUE);
			context.put(EValidator.class, getDiagnostician());
			if (resource instanceof XtextResource xtext) {
				context.put(AbstractInjectableValidator.CURRENT_LANGUAGE_NAME, xtext.getLanguageName());
			}
			Diagnostic diagnostic = getDiagnostician().validate(element, context);
			List<Diagnostic> children = diagnostic.getChildren();
			for (Diagnostic child : children.isEmpty() ? List.of(diagnostic) : children) {
				issueFromEValidatorDiagnostic(child, acceptor);
			}
		} catch (RuntimeException e) {
			internalError(resource, "validating this model", e, acceptor);
		}
	}

	private void internalError(Resource resource, String step, RuntimeException e, IAcceptor<Issue> acceptor) {
		getOperationCanceledManager().propagateAsErrorIfCancelException(e);
		Issue.IssueImpl issue = internalIssue(step, e);
		locate(issue, text(resource), 0, 0);
		acceptor.accept(issue);
	}

	private static Issue.IssueImpl internalIssue(String step, Throwable e) {
		Issue.IssueImpl issue = new Issue.IssueImpl();
		issue.setSeverity(Severity.ERROR);
		issue.setCode(INTERNAL_ERROR);
		issue.setType(CheckType.FAST);
		issue.setMessage(internalErrorMessage(step, e));
		return issue;
	}

	/** What the user is told of an internal error: which step failed and how; not a stack trace. */
	public static String internalErrorMessage(String step, Throwable e) {
		return "internal error of AVP Studio while " + step + " (" + describe(e) + "); the model was not fully checked, please report this";
	}

	/** An exception for the user: its class and message, no stack trace. */
	public static String describe(Throwable e) {
		return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
	}

	private static void locate(Issue.IssueImpl issue, String text, int offset, int length) {
		int start = Math.max(0, Math.min(offset, text.length()));
		int end = Math.max(start, Math.min(start + length, text.length()));
		TextPosition from = TextPosition.of(text, start);
		TextPosition to = TextPosition.of(text, end);
		issue.setOffset(start);
		issue.setLength(end - start);
		issue.setLineNumber(from.line());
		issue.setColumn(from.column());
		issue.setLineNumberEnd(to.line());
		issue.setColumnEnd(to.column());
	}

	private static String text(Resource resource) {
		if (resource instanceof XtextResource xtext && xtext.getParseResult() != null) {
			ICompositeNode root = xtext.getParseResult().getRootNode();
			return root == null ? "" : root.getText();
		}
		if (!resource.getContents().isEmpty()) {
			ICompositeNode node = NodeModelUtils.getNode(resource.getContents().get(0));
			return node == null ? "" : node.getRootNode().getText();
		}
		return "";
	}
}
