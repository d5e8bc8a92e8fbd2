package org.avpstudio.ui.builder;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;

/** The builder's problem markers: one per finding, with its location and, for compliance findings, the AVPS requirement id. */
public final class AvpMarkers {

	/** Marker type (a problem and text marker, persistent): "AVPS Problem" in the Problems view. */
	public static final String PROBLEM = "org.avpstudio.ui.problem";
	/** Attribute with the AVPS requirement id of a compliance finding (for example AVPS-v2.0-RNG-1). */
	public static final String REQUIREMENT_ID = "requirementId";

	private AvpMarkers() {
	}

	static void clear(IResource resource) throws CoreException {
		resource.deleteMarkers(PROBLEM, true, IResource.DEPTH_ZERO);
	}

	static IMarker create(IResource resource, String text, Issue issue) throws CoreException {
		IMarker marker = resource.createMarker(PROBLEM);
		String code = issue.getCode();
		boolean compliance = code != null && code.startsWith("AVPS-");
		String message = compliance && !issue.getMessage().contains(code) ? code + ": " + issue.getMessage() : issue.getMessage();
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, severity(issue.getSeverity()));
		int line = issue.getLineNumber() == null ? 1 : issue.getLineNumber();
		marker.setAttribute(IMarker.LINE_NUMBER, line);
		marker.setAttribute(IMarker.LOCATION, "line " + line);
		if (issue.getOffset() != null && issue.getLength() != null) {
			// a finding on a whole VM is marked on the line that declares it
			int end = issue.getOffset() + Math.max(1, issue.getLength());
			int lineEnd = text.indexOf('\n', issue.getOffset());
			marker.setAttribute(IMarker.CHAR_START, issue.getOffset());
			marker.setAttribute(IMarker.CHAR_END, lineEnd > issue.getOffset() && lineEnd < end ? lineEnd : end);
		}
		if (compliance) {
			marker.setAttribute(REQUIREMENT_ID, code);
		}
		return marker;
	}

	private static int severity(Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		default -> IMarker.SEVERITY_INFO;
		};
	}
}
