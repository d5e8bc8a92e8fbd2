// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Toggle Comment (Ctrl+/): comments the selected lines out with {@code //}, or back in if all of them are. */
public class ToggleCommentHandler extends AbstractHandler {

	private static final String PREFIX = "//";

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = EditorAccess.textEditor(HandlerUtil.getActiveEditor(event));
		if (editor == null || !(editor.getSelectionProvider().getSelection() instanceof ITextSelection selection)) {
			return null;
		}
		try {
			toggle(EditorAccess.document(editor), selection.getStartLine(), selection.getEndLine());
		} catch (BadLocationException e) {
			// the selection is outside the text
		}
		return null;
	}

	public static void toggle(IDocument document, int firstLine, int lastLine) throws BadLocationException {
		boolean allCommented = true;
		for (int line = firstLine; line <= lastLine; line++) {
			String text = lineText(document, line);
			if (!text.isBlank() && !text.stripLeading().startsWith(PREFIX)) {
				allCommented = false;
			}
		}
		DocumentRewriteSession session = document instanceof IDocumentExtension4 ext
				? ext.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
		try {
			for (int line = lastLine; line >= firstLine; line--) {
				String text = lineText(document, line);
				int offset = document.getLineOffset(line);
				if (allCommented) {
					int at = text.indexOf(PREFIX);
					if (at >= 0) {
						int length = text.startsWith(PREFIX + " ", at) ? PREFIX.length() + 1 : PREFIX.length();
						document.replace(offset + at, length, "");
					}
				} else if (!text.isBlank()) {
					document.replace(offset, 0, PREFIX + " ");
				}
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	private static String lineText(IDocument document, int line) throws BadLocationException {
		return document.get(document.getLineOffset(line), document.getLineLength(line));
	}
}
