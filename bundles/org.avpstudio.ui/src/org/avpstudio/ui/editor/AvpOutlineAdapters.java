// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.core.runtime.IAdapterFactory;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;

/** Gives a text editor showing a .avp file its Outline page. */
public class AvpOutlineAdapters implements IAdapterFactory {

	@Override
	public <T> T getAdapter(Object adaptable, Class<T> type) {
		if (type == IContentOutlinePage.class && adaptable instanceof ITextEditor editor
				&& editor.getEditorInput() instanceof IFileEditorInput input && "avp".equals(input.getFile().getFileExtension())) {
			return type.cast(new AvpOutlinePage(editor));
		}
		return null;
	}

	@Override
	public Class<?>[] getAdapterList() {
		return new Class<?>[] { IContentOutlinePage.class };
	}
}
