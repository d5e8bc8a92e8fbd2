// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MarkedString;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Hover: for an element, the AVPS requirements it violates (id, level, what the requirement asks, how to fix);
 * for a keyword, what it declares.
 */
public class AvpHover implements ITextHover {

	@Override
	public String getHoverInfo(ITextViewer viewer, IRegion region) {
		AvpDocumentSync sync = AvpDocumentSync.of(viewer.getDocument());
		if (sync == null) {
			return null;
		}
		try {
			// the middle of the word: at its first character the server would look at the whitespace before it
			HoverParams params = new HoverParams(sync.id(), Lsp.position(viewer.getDocument(), region.getOffset() + region.getLength() / 2));
			Hover hover = AvpLanguageServer.answer(AvpLanguageServer.get().server().hover(params));
			return hover == null || hover.getContents() == null ? null : plain(text(hover));
		} catch (BadLocationException e) {
			return null;
		}
	}

	private static String text(Hover hover) {
		if (hover.getContents().isRight()) {
			return hover.getContents().getRight().getValue();
		}
		StringBuilder text = new StringBuilder();
		for (Either<String, MarkedString> part : hover.getContents().getLeft()) {
			text.append(part.isLeft() ? part.getLeft() : part.getRight().getValue()).append('\n');
		}
		return text.toString();
	}

	/** The server writes Markdown; the hover shows plain text. */
	static String plain(String markdown) {
		String text = markdown.replace("**", "").replace("`", "").replaceAll("(?m)^#+\\s*", "").replaceAll("(?m)^---+$", "").strip();
		return text.isEmpty() ? null : text;
	}

	@Override
	public IRegion getHoverRegion(ITextViewer viewer, int offset) {
		IDocument document = viewer.getDocument();
		try {
			int start = offset;
			while (start > 0 && isWordPart(document.getChar(start - 1))) {
				start--;
			}
			int end = offset;
			while (end < document.getLength() && isWordPart(document.getChar(end))) {
				end++;
			}
			return new Region(start, Math.max(end - start, 0));
		} catch (BadLocationException e) {
			return new Region(offset, 0);
		}
	}

	private static boolean isWordPart(char c) {
		return Character.isLetterOrDigit(c) || c == '_' || c == '-';
	}
}
