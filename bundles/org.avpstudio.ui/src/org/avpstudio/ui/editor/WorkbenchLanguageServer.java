// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.xtext.ide.server.ILanguageServerAccess;
import org.eclipse.xtext.ide.server.LanguageServerImpl;

/** Xtext's language server, opened up so that workbench views can read the live model of an open document. */
class WorkbenchLanguageServer extends LanguageServerImpl {

	ILanguageServerAccess access() {
		return getLanguageServerAccess();
	}
}
