// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import org.avpstudio.diagram.sprotty.SModelElement.SGraph;

/** An action the diagram server sends to the diagram client; {@link ActionCodec} encodes it with its kind. */
public sealed interface ServerAction permits ServerAction.SetModel, ServerAction.UpdateModel, ServerAction.AvpStatus, SelectElements, SelectAll {

	/** {@code setModel}: the whole diagram ({@link SprottyGraph}), answering the client's model request. */
	record SetModel(SGraph newRoot, String responseId) implements ServerAction {
	}

	/** {@code updateModel}: the diagram after a change of the platform, morphed from the one shown. */
	record UpdateModel(SGraph newRoot, boolean animate) implements ServerAction {
	}

	/** {@code avpStatus}: how an edit went ({@code info}) or why it was refused ({@code error}). */
	record AvpStatus(String severity, String message) implements ServerAction {
	}
}
