// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.List;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Format (Ctrl+Shift+F): lays the whole .avp file out with the language's formatter, as one undoable change. */
public class FormatHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = EditorAccess.textEditor(HandlerUtil.getActiveEditor(event));
		AvpDocumentSync sync = editor == null ? null : AvpDocumentSync.of(EditorAccess.document(editor));
		if (sync == null) {
			return null;
		}
		format(sync);
		return null;
	}

	/** Formats an open document; false if the server gave no edits (for example the text does not parse). */
	public static boolean format(AvpDocumentSync sync) {
		DocumentFormattingParams params = new DocumentFormattingParams(sync.id(), new FormattingOptions(4, false));
		List<? extends TextEdit> edits = AvpLanguageServer.answer(AvpLanguageServer.get().server().formatting(params));
		if (edits == null || edits.isEmpty()) {
			return false;
		}
		try {
			Lsp.apply(sync.document(), edits);
			return true;
		} catch (BadLocationException e) {
			return false;
		}
	}
}
