// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.avpstudio.ui.editor.EditorAccess;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Find References (Ctrl+Shift+G): the references to the element at the caret (or selected in the Outline), in the Search view. */
public class FindReferencesHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = EditorAccess.textEditor(HandlerUtil.getActiveEditor(event));
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null) {
			return null;
		}
		int offset = RenameHandler.offset(editor, HandlerUtil.getCurrentSelection(event));
		if (offset >= 0) {
			NewSearchUI.runQueryInBackground(new ReferencesQuery(file, offset));
		}
		return null;
	}
}
