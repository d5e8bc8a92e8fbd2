// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.Lsp;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.IPostSelectionProvider;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.IAnnotationModelExtension;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.viewers.ISelectionChangedListener;
import org.eclipse.jface.viewers.SelectionChangedEvent;
import org.eclipse.lsp4j.DocumentHighlight;
import org.eclipse.lsp4j.DocumentHighlightParams;
import org.eclipse.swt.widgets.Display;

/**
 * Mark Occurrences for the .avp editor (a highlight reconciler of the Generic Editor): when the caret rests on an
 * element's name or a reference, the declaration and every use in the file are marked with the Generic Editor's
 * occurrence annotations, as the .avp language server's document highlights say (not by matching words: a VM and a
 * device of the same name are told apart). Follows the editor's *Toggle Mark Occurrences* button
 * ({@code org.eclipse.ui.genericeditor.togglehighlight}). The request runs on the server's threads; the UI thread
 * only swaps the annotations, and an answer for an older caret position or text is dropped.
 */
public class AvpOccurrences implements IReconciler, ISelectionChangedListener, IEclipsePreferences.IPreferenceChangeListener {

	/** The Generic Editor's occurrence annotation type (its colours and ruler settings apply). */
	public static final String ANNOTATION_TYPE = "org.eclipse.ui.genericeditor.text";
	static final String TOGGLE_PREFERENCE = "org.eclipse.ui.genericeditor.togglehighlight";
	private static final String GENERIC_EDITOR = "org.eclipse.ui.genericeditor";

	private ISourceViewer viewer;
	private Annotation[] shown = new Annotation[0];
	private final AtomicInteger request = new AtomicInteger();

	@Override
	public void install(ITextViewer textViewer) {
		if (!(textViewer instanceof ISourceViewer source)) {
			return;
		}
		viewer = source;
		if (viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.addPostSelectionChangedListener(this);
		}
		preferences().addPreferenceChangeListener(this);
	}

	@Override
	public void uninstall() {
		if (viewer != null && viewer.getSelectionProvider() instanceof IPostSelectionProvider post) {
			post.removePostSelectionChangedListener(this);
		}
		preferences().removePreferenceChangeListener(this);
		viewer = null;
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	private static IEclipsePreferences preferences() {
		return InstanceScope.INSTANCE.getNode(GENERIC_EDITOR);
	}

	/** Whether Mark Occurrences is on (the Generic Editor's toggle; on by default). */
	public static boolean enabled() {
		return preferences().getBoolean(TOGGLE_PREFERENCE, true);
	}

	@Override
	public void preferenceChange(IEclipsePreferences.PreferenceChangeEvent event) {
		if (TOGGLE_PREFERENCE.equals(event.getKey())) {
			Display.getDefault().asyncExec(() -> {
				if (viewer == null) {
					return;
				}
				if (enabled() && viewer.getSelectionProvider().getSelection() instanceof ITextSelection text) {
					update(text);
				} else {
					replace(Map.of());
				}
			});
		}
	}

	@Override
	public void selectionChanged(SelectionChangedEvent event) {
		if (event.getSelection() instanceof ITextSelection text) {
			update(text);
		}
	}

	private void update(ITextSelection selection) {
		ISourceViewer current = viewer;
		IDocument document = current == null ? null : current.getDocument();
		AvpDocumentSync sync = document == null ? null : AvpDocumentSync.of(document);
		int ticket = request.incrementAndGet();
		if (sync == null || !enabled()) {
			replace(Map.of());
			return;
		}
		int version = sync.version();
		DocumentHighlightParams params;
		try {
			params = new DocumentHighlightParams(sync.id(), Lsp.position(document, selection.getOffset()));
		} catch (BadLocationException e) {
			return;
		}
		AvpLanguageServer.get().server().documentHighlight(params).whenComplete((highlights, failure) -> {
			if (failure != null || request.get() != ticket) {
				return;
			}
			Display display = current.getTextWidget() == null || current.getTextWidget().isDisposed() ? null : current.getTextWidget().getDisplay();
			if (display != null) {
				display.asyncExec(() -> show(ticket, sync, version, document, highlights));
			}
		});
	}

	private void show(int ticket, AvpDocumentSync sync, int version, IDocument document, List<? extends DocumentHighlight> highlights) {
		if (viewer == null || request.get() != ticket || sync.version() != version || viewer.getDocument() != document) {
			return;
		}
		Map<Annotation, Position> positions = new HashMap<>();
		for (DocumentHighlight highlight : highlights == null ? List.<DocumentHighlight>of() : highlights) {
			try {
				int[] at = Lsp.region(document, highlight.getRange());
				if (at[1] > 0) {
					positions.put(new Annotation(ANNOTATION_TYPE, false, "Occurrence of '" + document.get(at[0], at[1]) + "'"), new Position(at[0], at[1]));
				}
			} catch (BadLocationException e) {
				// the text changed under the answer: the next caret move asks again
			}
		}
		replace(positions);
	}

	private void replace(Map<Annotation, Position> positions) {
		IAnnotationModel model = viewer == null ? null : viewer.getAnnotationModel();
		if (model == null || (shown.length == 0 && positions.isEmpty())) {
			return;
		}
		if (model instanceof IAnnotationModelExtension extension) {
			extension.replaceAnnotations(shown, positions);
		} else {
			for (Annotation annotation : shown) {
				model.removeAnnotation(annotation);
			}
			positions.forEach(model::addAnnotation);
		}
		shown = positions.keySet().toArray(new Annotation[0]);
	}
}
