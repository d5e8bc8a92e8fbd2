// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.ui.editor.AvpLanguageServer;
import org.eclipse.core.resources.IFile;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;

/**
 * A named element of a workspace .avp file (for Open AVP Element), as the language server's index knows it: its
 * name, the element it is inside (when the server says), its file and the range of its name.
 */
public record AvpElement(String simpleName, String container, IFile file, Location location) {

	/** "name - in container (project/path/file.avp)". */
	public String label() {
		String in = container == null || container.isEmpty() ? "" : " in " + container;
		return simpleName + in + " - " + file.getFullPath().makeRelative();
	}

	/** Every element of the .avp files of the open projects (open editors' unsaved text included). */
	public static List<AvpElement> all() {
		var answer = AvpLanguageServer.answer(AvpLanguageServer.get().server().symbol(new WorkspaceSymbolParams("")));
		List<AvpElement> elements = new ArrayList<>();
		if (answer == null) {
			return elements;
		}
		if (answer.isLeft()) {
			for (SymbolInformation symbol : answer.getLeft()) {
				add(elements, symbol.getName(), symbol.getContainerName(), symbol.getLocation());
			}
		} else {
			for (WorkspaceSymbol symbol : answer.getRight()) {
				if (symbol.getLocation().isLeft()) {
					add(elements, symbol.getName(), symbol.getContainerName(), symbol.getLocation().getLeft());
				}
			}
		}
		return elements;
	}

	private static void add(List<AvpElement> into, String name, String container, Location location) {
		IFile file = FileText.file(location.getUri());
		if (file != null && name != null) {
			int dot = name.lastIndexOf('.');
			into.add(new AvpElement(dot < 0 ? name : name.substring(dot + 1), container, file, location));
		}
	}
}
