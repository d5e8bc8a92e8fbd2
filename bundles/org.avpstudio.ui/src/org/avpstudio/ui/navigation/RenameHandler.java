// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.avpstudio.ui.editor.EditorAccess;
import org.avpstudio.ui.editor.OutlineNode;
import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ltk.ui.refactoring.RefactoringWizardOpenOperation;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Rename... (Alt+Shift+R): in the .avp editor, the element at the caret; in the Outline of a .avp editor, the
 * selected element. Opens the {@link RenameWizard}.
 */
public class RenameHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) {
		IEditorPart part = HandlerUtil.getActiveEditor(event);
		ITextEditor editor = EditorAccess.textEditor(part);
		IFile file = editor == null ? null : Adapters.adapt(editor.getEditorInput(), IFile.class);
		if (file == null) {
			return null;
		}
		int offset = offset(editor, HandlerUtil.getCurrentSelection(event));
		if (offset < 0) {
			return null;
		}
		Shell shell = HandlerUtil.getActiveShell(event);
		open(shell, new AvpRenameRefactoring(file, offset));
		return null;
	}

	/** The offset to rename at: the Outline's selected element, else the editor's caret. */
	static int offset(ITextEditor editor, ISelection selection) {
		if (selection instanceof IStructuredSelection structured && structured.getFirstElement() instanceof OutlineNode node) {
			return node.offset();
		}
		if (editor.getSelectionProvider().getSelection() instanceof ITextSelection text) {
			return text.getOffset();
		}
		return -1;
	}

	static void open(Shell shell, AvpRenameRefactoring refactoring) {
		try {
			new RefactoringWizardOpenOperation(new RenameWizard(refactoring)).run(shell, "Rename AVP Element");
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}
}
