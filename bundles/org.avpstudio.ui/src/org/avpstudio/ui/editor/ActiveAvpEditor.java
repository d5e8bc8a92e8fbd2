// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.function.Consumer;

import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * For a view that shows the .avp file of the active editor: follows editor activation, and calls {@code refresh}
 * when another .avp editor becomes the one followed and after each validation of its text.
 */
public final class ActiveAvpEditor implements IPartListener2 {

	private final IWorkbenchPage page;
	private final Consumer<AvpDocumentSync> refresh;
	private ITextEditor editor;
	private Runnable unsubscribe;

	public ActiveAvpEditor(IWorkbenchPage page, Consumer<AvpDocumentSync> refresh) {
		this.page = page;
		this.refresh = refresh;
		page.addPartListener(this);
		if (page.getActiveEditor() != null) {
			follow(page.getActiveEditor());
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference reference) {
		if (reference.getPart(false) instanceof IEditorPart part) {
			follow(part);
		}
	}

	private void follow(IEditorPart part) {
		ITextEditor text = EditorAccess.textEditor(part);
		AvpDocumentSync sync = text == null ? null : AvpDocumentSync.of(EditorAccess.document(text));
		if (sync == null || text == editor) {
			return;
		}
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		editor = text;
		unsubscribe = sync.onValidated(() -> refresh.accept(sync));
		refresh.accept(sync);
	}

	/** The followed editor, or null before any .avp editor was active. */
	public ITextEditor editor() {
		return editor;
	}

	/** The followed editor's document synchronisation, or null. */
	public AvpDocumentSync sync() {
		return editor == null ? null : AvpDocumentSync.of(EditorAccess.document(editor));
	}

	public void dispose() {
		page.removePartListener(this);
		if (unsubscribe != null) {
			unsubscribe.run();
		}
	}
}
