package org.avpstudio.ui.navigation;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.ui.editor.AvpLanguageServer;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.WorkspaceSymbol;
import org.eclipse.lsp4j.WorkspaceSymbolParams;

/** A named element of a workspace .avp file, as the language server's index knows it (for Open AVP Element). */
public record AvpElement(String name, String kind, String container, Location location) {

	/** The simple name (the last segment of a qualified name). */
	public String simpleName() {
		int dot = name.lastIndexOf('.');
		return dot < 0 ? name : name.substring(dot + 1);
	}

	/** "name - kind - container (file)". */
	public String label() {
		String in = container == null || container.isEmpty() ? "" : " in " + container;
		return simpleName() + " - " + kind + in + " (" + FileText.name(location.getUri()) + ")";
	}

	/** Every element of the workspace's .avp files (open editors' unsaved text included). */
	public static List<AvpElement> all() {
		var answer = AvpLanguageServer.answer(AvpLanguageServer.get().server().symbol(new WorkspaceSymbolParams("")));
		List<AvpElement> elements = new ArrayList<>();
		if (answer == null) {
			return elements;
		}
		if (answer.isLeft()) {
			for (SymbolInformation symbol : answer.getLeft()) {
				elements.add(new AvpElement(symbol.getName(), kind(symbol.getKind()), symbol.getContainerName(), symbol.getLocation()));
			}
		} else {
			for (WorkspaceSymbol symbol : answer.getRight()) {
				if (symbol.getLocation().isLeft()) {
					elements.add(new AvpElement(symbol.getName(), kind(symbol.getKind()), symbol.getContainerName(), symbol.getLocation().getLeft()));
				}
			}
		}
		return elements;
	}

	private static String kind(org.eclipse.lsp4j.SymbolKind kind) {
		return kind == null ? "element" : kind.name().toLowerCase(java.util.Locale.ROOT);
	}
}
