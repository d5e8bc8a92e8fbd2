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

	static boolean isAvp(IFile file) {
		return file != null && "avp".equals(file.getFileExtension());
	}
}
