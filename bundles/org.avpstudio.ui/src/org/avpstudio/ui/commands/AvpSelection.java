// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.commands;

import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.handlers.HandlerUtil;

/** The .avp file a command acts on: the one selected in a navigator, or else the one in the active editor. */
final class AvpSelection {

	private AvpSelection() {
	}

	static IFile file(ExecutionEvent event) {
		IWorkbenchPart part = HandlerUtil.getActivePart(event);
		ISelection selection = HandlerUtil.getCurrentSelection(event);
		if (!(part instanceof IEditorPart) && selection instanceof IStructuredSelection structured && !structured.isEmpty()) {
			IFile file = Adapters.adapt(structured.getFirstElement(), IFile.class);
			if (isAvp(file)) {
				return file;
			}
		}
		IEditorPart editor = HandlerUtil.getActiveEditor(event);
		if (editor != null && editor.getEditorInput() instanceof IFileEditorInput input && isAvp(input.getFile())) {
			return input.getFile();
		}
		return null;
	}

	/** The .avp file to act on, or null after telling the user to choose one. */
	static IFile fileOrExplain(ExecutionEvent event, String command) {
		IFile file = file(event);
		if (file == null) {
			org.eclipse.jface.dialogs.MessageDialog.openInformation(HandlerUtil.getActiveShell(event), command,
					"Select a .avp file or open it in the editor first.");
		}
		return file;
	}

	/** Saves the project's dirty editors (asking first), so that commands read what the user sees; false if cancelled. */
	static boolean saveEditorsOf(IFile file) {
		return org.eclipse.ui.ide.IDE.saveAllEditors(new org.eclipse.core.resources.IResource[] { file.getProject() }, true);
	}

	static boolean isAvp(IFile file) {
		return file != null && "avp".equals(file.getFileExtension());
	}
}
