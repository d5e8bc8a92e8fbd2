// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.avpstudio.ui.builder.AvpMarkers;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.ui.texteditor.MarkerAnnotation;

/**
 * Puts the language server's diagnostics into an editor's annotation model, replacing the previous round in one
 * change. While the editor is open its live diagnostics stand for the builder's problem markers of the same file,
 * so those marker annotations are hidden rather than shown twice.
 */
final class DiagnosticAnnotations {

	private DiagnosticAnnotations() {
	}

	static void show(IAnnotationModel model, IDocument document, List<Diagnostic> diagnostics) {
		List<Annotation> old = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (annotation instanceof DiagnosticAnnotation) {
				old.add(annotation);
			} else if (annotation instanceof MarkerAnnotation marker && isAvpProblem(marker)) {
				marker.markDeleted(true);
			}
		}
		Map<Annotation, Position> added = new HashMap<>();
		for (Diagnostic diagnostic : diagnostics) {
			try {
				int[] region = firstLine(document, Lsp.region(document, diagnostic.getRange()));
				int length = region[1] == 0 && region[0] < document.getLength() ? 1 : region[1];
				added.put(new DiagnosticAnnotation(diagnostic), new Position(region[0], length));
			} catch (BadLocationException e) {
				// the text moved on since this round was validated; the next round places it
			}
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(old.toArray(Annotation[]::new), added);
		} else {
			old.forEach(model::removeAnnotation);
			added.forEach(model::addAnnotation);
		}
	}

	/**
	 * A finding on a whole VM or platform covers many lines; it is underlined on its first line only (where the
	 * element is declared), as the builder's markers are, so that the rest of the text stays readable.
	 */
	static int[] firstLine(IDocument document, int[] region) throws BadLocationException {
		int line = document.getLineOfOffset(region[0]);
		IRegion info = document.getLineInformation(line);
		int lineEnd = info.getOffset() + info.getLength();
		return region[0] + region[1] <= lineEnd ? region : new int[] { region[0], lineEnd - region[0] };
	}

	private static boolean isAvpProblem(MarkerAnnotation annotation) {
		try {
			return annotation.getMarker().exists() && annotation.getMarker().isSubtypeOf(AvpMarkers.PROBLEM);
		} catch (CoreException e) {
			return false;
		}
	}
}
