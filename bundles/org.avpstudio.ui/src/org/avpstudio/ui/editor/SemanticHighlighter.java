// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextPresentationListener;
import org.eclipse.jface.text.TextPresentation;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.widgets.Display;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic colouring: after each validation the language's semantic highlighting (declared VMs and devices,
 * references, enumeration values, feature bits, waived requirement ids) is laid over the keyword colouring.
 * It is computed on the server's thread from the parsed model, in text offsets (no line/column conversion, so
 * it stays linear in the size of the file), and dropped if the text changed meanwhile.
 */
final class SemanticHighlighter implements ITextPresentationListener {

	/** A highlighted stretch of text and its LSP token type. */
	record Token(int offset, int length, String type) {
	}

	private final TextViewer viewer;
	private final AvpDocumentSync sync;
	private volatile List<StyleRange> ranges = List.of();
	private volatile int rangesVersion = -1;

	SemanticHighlighter(TextViewer viewer, AvpDocumentSync sync) {
		this.viewer = viewer;
		this.sync = sync;
		viewer.addTextPresentationListener(this);
	}

	void dispose() {
		viewer.removeTextPresentationListener(this);
	}

	/** Computes the tokens of the text just validated; applies them on the UI thread if still current. */
	void refresh() {
		IDocument document = sync.document();
		if (document == null) {
			return;
		}
		int requested = sync.version();
		AvpLanguageServer.get().read(sync.id().getUri(), SemanticHighlighter::tokens).thenAccept(tokens -> {
			Display display = viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed() ? null : viewer.getTextWidget().getDisplay();
			if (display == null || tokens == null) {
				return;
			}
			display.asyncExec(() -> {
				if (sync.document() != document || sync.version() != requested || viewer.getTextWidget().isDisposed()) {
					return;
				}
				ranges = styles(tokens, document.getLength());
				rangesVersion = requested;
				viewer.invalidateTextPresentation();
			});
		});
	}

	static List<Token> tokens(XtextResource resource, CancelIndicator cancel) {
		ISemanticHighlightingCalculator calculator = resource.getResourceServiceProvider().get(ISemanticHighlightingCalculator.class);
		List<Token> tokens = new ArrayList<>();
		if (calculator != null) {
			calculator.provideHighlightingFor(resource, (offset, length, ids) -> {
				if (ids.length > 0) {
					tokens.add(new Token(offset, length, ids[0]));
				}
			}, cancel);
		}
		return cancel.isCanceled() ? null : tokens;
	}

	private static List<StyleRange> styles(List<Token> tokens, int documentLength) {
		List<StyleRange> styles = new ArrayList<>();
		for (Token token : tokens) {
			StyleRange style = AvpColors.forToken(token.type());
			if (style != null && token.offset() + token.length() <= documentLength) {
				style.start = token.offset();
				style.length = token.length();
				styles.add(style);
			}
		}
		styles.sort((a, b) -> Integer.compare(a.start, b.start));
		return styles;
	}

	@Override
	public void applyTextPresentation(TextPresentation presentation) {
		if (rangesVersion != sync.version()) {
			return;
		}
		IRegion extent = presentation.getExtent();
		int end = extent.getOffset() + extent.getLength();
		List<StyleRange> all = ranges;
		int first = firstAtOrAfter(all, extent.getOffset());
		List<StyleRange> inside = new ArrayList<>();
		for (int i = first; i < all.size() && all.get(i).start < end; i++) {
			StyleRange range = all.get(i);
			if (range.start + range.length <= end) {
				inside.add((StyleRange) range.clone()); // the presentation keeps and changes what it is given
			}
		}
		if (!inside.isEmpty()) {
			presentation.mergeStyleRanges(inside.toArray(StyleRange[]::new));
		}
	}

	/** Binary search: the first range starting at or after {@code offset} (the ranges are sorted). */
	private static int firstAtOrAfter(List<StyleRange> ranges, int offset) {
		int low = 0;
		int high = ranges.size();
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (ranges.get(mid).start < offset) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		return low;
	}
}
