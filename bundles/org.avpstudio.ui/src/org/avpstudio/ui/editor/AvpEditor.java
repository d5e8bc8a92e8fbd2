// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.ui.internal.genericeditor.ExtensionBasedTextEditor;

/**
 * The AVP Editor: the Generic Editor (every .avp service reaches it through the content type's extensions), under
 * its own name and id so that it is listed as "AVP Editor" in Open With and is the default editor of .avp files, with
 * its own help context (F1: the .avp language reference).
 */
@SuppressWarnings("restriction")
public class AvpEditor extends ExtensionBasedTextEditor {

	public static final String ID = "org.avpstudio.ui.editor";
	/** The editor's help context id (help/contexts.xml). */
	public static final String HELP_CONTEXT = "org.avpstudio.ui.editor";

	@Override
	protected void initializeEditor() {
		super.initializeEditor();
		setHelpContextId(HELP_CONTEXT);
	}
}
