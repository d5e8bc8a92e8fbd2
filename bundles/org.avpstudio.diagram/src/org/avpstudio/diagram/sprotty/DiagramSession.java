// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.avpstudio.diagram.DiagramLayout;
import org.avpstudio.diagram.DiagramModel;
import org.avpstudio.diagram.sprotty.ClientAction.ElementMove;
import org.avpstudio.diagram.sprotty.ClientAction.Move;
import org.avpstudio.diagram.sprotty.ClientAction.Open;
import org.avpstudio.diagram.sprotty.ClientAction.RequestModel;
import org.avpstudio.diagram.sprotty.ClientAction.RequestPopupModel;
import org.avpstudio.diagram.sprotty.SModelElement.SGraph;
import org.avpstudio.diagram.sprotty.ServerAction.AvpStatus;
import org.avpstudio.diagram.sprotty.ServerAction.SetModel;
import org.avpstudio.diagram.sprotty.ServerAction.UpdateModel;
import org.avpstudio.model.Platform;

/**
 * The diagram server for one diagram client (Sprotty's action protocol: typed {@link ClientAction}s in, {@link
 * ServerAction}s out, as JSON messages through {@link ActionCodec}). It answers the client's model request, sends
 * the laid-out model again when the platform changes, remembers where the user moved boxes, and hands the palette's
 * edits and the selection to its {@link Host} — the Eclipse view or {@code avp diagram --serve}. The transport
 * (BrowserFunction or HTTP) is the host's business.
 */
public final class DiagramSession {

	/** Where the session's messages go and where edits are applied. */
	public interface Host {
		/** Sends one action message (JSON) to the client. */
		void send(String message);

		/** Applies a model change; the host shows the new model with {@link DiagramSession#show} or reports why not with {@link DiagramSession#status}. */
		void apply(Consumer<Platform> change);

		/** The user selected an element (null: nothing). */
		default void selected(String id) {
		}

		/** The user double-clicked an element. */
		default void opened(String id) {
		}
	}

	private final Host host;
	private final Map<String, double[]> pinned = new HashMap<>();
	private DiagramModel model;
	private String clientId;
	private boolean modelSent;
	private String modelRequest;

	public DiagramSession(Host host) {
		this.host = host;
	}

	/** Shows a (new) platform model: the first time as the client's model, then as an animated update. */
	public synchronized void show(DiagramModel diagram) {
		model = diagram;
		pinned.keySet().retainAll(diagram.boxes().stream().map(DiagramModel.Box::id).toList());
		if (clientId != null) {
			sendModel();
		}
	}

	/** Tells the client how an edit went. */
	public synchronized void status(String severity, String message) {
		send(new AvpStatus(severity, message));
	}

	/** Selects an element in the client, as a click would. */
	public synchronized void select(String id) {
		send(new SelectAll(false));
		send(new SelectElements(List.of(id), List.of()));
	}

	/** Handles one message from the client; one it cannot decode is answered with a status, never thrown. */
	public synchronized void receive(String message) {
		try {
			receive(ActionCodec.decode(message));
		} catch (MalformedActionException e) {
			status("error", "the diagram client sent a message the server does not understand: " + e.getMessage());
		}
	}

	/** Handles one action of the client. */
	public synchronized void receive(ActionMessage message) {
		if (message.clientId() != null) {
			clientId = message.clientId();
		}
		switch (message.action()) {
		case RequestModel request -> {
			if (clientId == null) {
				clientId = "avp-diagram";
			}
			modelSent = false;
			modelRequest = request.requestId();
			if (model != null) {
				sendModel();
			}
		}
		case SelectElements select -> host.selected(select.selectedElementsIDs().isEmpty() ? null : select.selectedElementsIDs().get(0));
		case SelectAll all -> host.selected(null);
		case Open open -> host.opened(open.elementId());
		case Move move -> moved(move);
		case RequestPopupModel popup -> {
			// no popups: a box's issue marker shows its findings as a tooltip
		}
		case PaletteEdit edit -> {
			Consumer<Platform> change;
			try {
				change = edit.change();
			} catch (IllegalArgumentException e) {
				status("error", "not changed: " + e.getMessage());
				return;
			}
			host.apply(change);
		}
		}
	}

	/** Where the user put boxes, by element id (x, y). */
	public synchronized Map<String, double[]> pinned() {
		return Map.copyOf(pinned);
	}

	/** Boxes stay where a drag ends; the positions on the way there do not matter. */
	private void moved(Move move) {
		if (!move.finished()) {
			return;
		}
		for (ElementMove m : move.moves()) {
			if (m != null && m.toPosition() != null && model != null && model.box(m.elementId()) != null) {
				pinned.put(m.elementId(), new double[] { m.toPosition().x(), m.toPosition().y() });
			}
		}
	}

	private void sendModel() {
		SGraph graph = SprottyGraph.of(DiagramLayout.layout(model), pinned);
		send(modelSent ? new UpdateModel(graph, true) : new SetModel(graph, modelRequest));
		modelSent = true;
	}

	private void send(ServerAction action) {
		host.send(ActionCodec.encode(clientId, action));
	}
}
