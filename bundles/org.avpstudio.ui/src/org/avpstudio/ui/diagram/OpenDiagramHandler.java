// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.diagram;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.Adapters;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.eclipse.ui.ide.IDE;

/** Open Diagram: opens the .avp file (selected or in the active editor) in the text editor and shows its diagram beside it. */
public class OpenDiagramHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchPage page = HandlerUtil.getActiveWorkbenchWindowChecked(event).getActivePage();
		try {
			if (HandlerUtil.getCurrentSelection(event) instanceof IStructuredSelection selection && !selection.isEmpty()
					&& Adapters.adapt(selection.getFirstElement(), IFile.class) instanceof IFile file && "avp".equals(file.getFileExtension())
					&& !(HandlerUtil.getActivePart(event) instanceof org.eclipse.ui.IEditorPart)) {
				IDE.openEditor(page, file, true);
			}
			page.showView(DiagramView.ID);
		} catch (PartInitException e) {
			throw new ExecutionException("Cannot open the diagram: " + e.getMessage(), e);
		}
		return null;
	}
}
