// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.builder;

import org.avpstudio.core.ModelDiagnostic;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

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

	static IMarker create(IResource resource, String text, ModelDiagnostic diagnostic) throws CoreException {
		IMarker marker = resource.createMarker(PROBLEM);
		String id = diagnostic.ruleId();
		String message = !id.isEmpty() && !diagnostic.message().contains(id) ? id + ": " + diagnostic.message() : diagnostic.message();
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, severity(diagnostic.severity()));
		marker.setAttribute(IMarker.LINE_NUMBER, diagnostic.line());
		marker.setAttribute(IMarker.LOCATION, "line " + diagnostic.line());
		if (diagnostic.offset() >= 0) {
			// a finding on a whole VM is marked on the line that declares it
			int end = diagnostic.offset() + Math.max(1, diagnostic.length());
			int lineEnd = text.indexOf('\n', diagnostic.offset());
			marker.setAttribute(IMarker.CHAR_START, diagnostic.offset());
			marker.setAttribute(IMarker.CHAR_END, lineEnd > diagnostic.offset() && lineEnd < end ? lineEnd : end);
		}
		if (!id.isEmpty()) {
			marker.setAttribute(REQUIREMENT_ID, id);
		}
		return marker;
	}

	private static int severity(ModelDiagnostic.Severity severity) {
		return switch (severity) {
		case ERROR -> IMarker.SEVERITY_ERROR;
		case WARNING -> IMarker.SEVERITY_WARNING;
		case INFO -> IMarker.SEVERITY_INFO;
		};
	}
}
