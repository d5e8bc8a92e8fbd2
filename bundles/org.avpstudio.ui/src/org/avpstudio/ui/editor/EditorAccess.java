// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.texteditor.ITextEditor;

/** The text editor behind a workbench editor part, and its document. */
public final class EditorAccess {

	private EditorAccess() {
	}

	public static ITextEditor textEditor(IEditorPart part) {
		return part == null ? null : Adapters.adapt(part, ITextEditor.class);
	}

	public static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}
}
