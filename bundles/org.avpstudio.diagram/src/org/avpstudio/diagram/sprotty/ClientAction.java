// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.util.List;

/**
 * An action the diagram client sends to the diagram server (Sprotty's action protocol); {@link ActionCodec} decodes
 * each from its JSON by its kind. Sprotty's own actions keep Sprotty's field names; a field the client left out is
 * null (or empty).
 */
public sealed interface ClientAction permits ClientAction.RequestModel, ClientAction.RequestPopupModel, ClientAction.Open, ClientAction.Move,
		SelectElements, SelectAll, PaletteEdit {

	/** {@code requestModel}: the client starts and wants the model. */
	record RequestModel(String requestId) implements ClientAction {
	}

	/** {@code requestPopupModel}: the mouse rests on an element. The server has no popups: a box's issue marker tells its findings. */
	record RequestPopupModel(String elementId, String requestId) implements ClientAction {
	}

	/** {@code open}: an element was double-clicked. */
	record Open(String elementId) implements ClientAction {
	}

	/** {@code move}: boxes were dragged; {@code finished} once the mouse is released. */
	record Move(List<ElementMove> moves, boolean finished) implements ClientAction {
		public Move {
			moves = moves == null ? List.of() : moves;
		}
	}

	/** Where one element was moved to. */
	record ElementMove(String elementId, Point toPosition) {
	}
}
