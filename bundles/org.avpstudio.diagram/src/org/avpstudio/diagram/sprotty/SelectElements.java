// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.util.List;

/** {@code elementSelected}: a click changed the selection in the client, or the server selects for its host. */
public record SelectElements(List<String> selectedElementsIDs, List<String> deselectedElementsIDs) implements ClientAction, ServerAction {
	public SelectElements {
		selectedElementsIDs = selectedElementsIDs == null ? List.of() : selectedElementsIDs;
		deselectedElementsIDs = deselectedElementsIDs == null ? List.of() : deselectedElementsIDs;
	}
}
