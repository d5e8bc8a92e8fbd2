// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.avpstudio.ui.editor.EditorAccess;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.jface.window.Window;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Open AVP Element (Ctrl+Shift+Alt+E, *Navigate* menu): chooses an element of any workspace .avp file and opens it. */
public class OpenElementHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		OpenElementDialog dialog = new OpenElementDialog(HandlerUtil.getActiveShell(event));
		dialog.setInitialPattern("");
		if (dialog.open() == Window.OK && dialog.getFirstResult() instanceof AvpElement element) {
			open(HandlerUtil.getActiveWorkbenchWindow(event).getActivePage(), element);
		}
		return null;
	}

	/** Opens the element's file in the .avp editor and selects its name. */
	public static ITextEditor open(org.eclipse.ui.IWorkbenchPage page, AvpElement element) {
		try {
			IEditorPart part = IDE.openEditor(page, element.file(), true);
			ITextEditor editor = EditorAccess.textEditor(part);
			if (editor != null) {
				int[] at = FileText.region(EditorAccess.document(editor), element.location().getRange());
				editor.selectAndReveal(at[0], at[1]);
			}
			return editor;
		} catch (PartInitException e) {
			return null;
		}
	}
}
