// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.avpstudio.ui.editor.EditorAccess;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/** Quick Outline (Ctrl+O) in the .avp editor. */
public class QuickOutlineHandler extends AbstractHandler {

	/** The pop-up last opened (for tests), or null. */
	static QuickOutline last;

	@Override
	public Object execute(ExecutionEvent event) {
		ITextEditor editor = EditorAccess.textEditor(HandlerUtil.getActiveEditor(event));
		if (editor != null) {
			last = new QuickOutline(HandlerUtil.getActiveShell(event), editor);
			last.open();
		}
		return null;
	}

	public static QuickOutline last() {
		return last;
	}
}
