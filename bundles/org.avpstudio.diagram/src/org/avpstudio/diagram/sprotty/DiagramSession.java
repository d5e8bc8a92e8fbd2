package org.avpstudio.diagram.sprotty;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import org.avpstudio.diagram.DiagramLayout;
import org.avpstudio.diagram.DiagramModel;
import org.avpstudio.model.Platform;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The diagram server for one diagram client (Sprotty's action protocol, JSON messages {@code {clientId, action}}).
 * It answers the client's model request, sends the laid-out model again when the platform changes, remembers where
 * the user moved boxes, and hands the palette's edits and the selection to its {@link Host} — the Eclipse view or
 * {@code avp diagram --serve}. The transport (BrowserFunction or HTTP) is the host's business.
 */
public final class DiagramSession {

	/** Where the session's messages go and where edits are applied. */
	public interface Host {
		/** Sends one action message to the client. */
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
		JsonObject action = action("avpStatus");
		action.addProperty("severity", severity);
		action.addProperty("message", message);
		send(action);
	}

	/** Selects an element in the client, as a click would. */
	public synchronized void select(String id) {
		JsonObject none = action("allSelected");
		none.addProperty("select", false);
		send(none);
		JsonObject select = action("elementSelected");
		JsonArray ids = new JsonArray();
		ids.add(id);
		select.add("selectedElementsIDs", ids);
		select.add("deselectedElementsIDs", new JsonArray());
		send(select);
	}

	/** Handles one message from the client. Malformed messages are answered with a status, never thrown. */
	public synchronized void receive(String message) {
		JsonObject action;
		try {
			JsonObject envelope = JsonParser.parseString(message).getAsJsonObject();
			if (envelope.has("clientId")) {
				clientId = envelope.get("clientId").getAsString();
			}
			action = envelope.getAsJsonObject("action");
		} catch (JsonParseException | IllegalStateException | ClassCastException | NullPointerException e) {
			status("error", "the diagram client sent a message the server does not understand");
			return;
		}
		switch (kind(action)) {
		case "requestModel" -> {
			if (clientId == null) {
				clientId = "avp-diagram";
			}
			modelSent = false;
			if (model != null) {
				sendModel();
			}
		}
		case "elementSelected" -> host.selected(first(action.getAsJsonArray("selectedElementsIDs")));
		case "allSelected" -> host.selected(null);
		case "open" -> host.opened(action.has("elementId") ? action.get("elementId").getAsString() : null);
		case "move" -> moved(action.getAsJsonArray("moves"));
		case "avpEdit" -> {
			Consumer<Platform> change;
			try {
				change = PaletteEdit.of(action);
			} catch (IllegalArgumentException e) {
				status("error", "not changed: " + e.getMessage());
				return;
			}
			host.apply(change);
		}
		default -> {
			// other client notifications (popups, bounds) need no answer here
		}
		}
	}

	/** Where the user put boxes, by element id (x, y). */
	public synchronized Map<String, double[]> pinned() {
		return Map.copyOf(pinned);
	}

	private void moved(JsonArray moves) {
		if (moves == null) {
			return;
		}
		for (JsonElement move : moves) {
			JsonObject m = move.getAsJsonObject();
			String id = m.get("elementId").getAsString();
			JsonObject to = m.getAsJsonObject("toPosition");
			if (model != null && model.box(id) != null && to != null) {
				pinned.put(id, new double[] { to.get("x").getAsDouble(), to.get("y").getAsDouble() });
			}
		}
	}

	private void sendModel() {
		JsonObject action = action(modelSent ? "updateModel" : "setModel");
		action.add("newRoot", SprottyGraph.of(DiagramLayout.layout(model), pinned));
		if (modelSent) {
			action.addProperty("animate", true);
		}
		modelSent = true;
		send(action);
	}

	private void send(JsonObject action) {
		JsonObject envelope = new JsonObject();
		if (clientId != null) {
			envelope.addProperty("clientId", clientId);
		}
		envelope.add("action", action);
		host.send(envelope.toString());
	}

	private static JsonObject action(String kind) {
		JsonObject action = new JsonObject();
		action.addProperty("kind", kind);
		return action;
	}

	private static String kind(JsonObject action) {
		return action != null && action.has("kind") ? action.get("kind").getAsString() : "";
	}

	private static String first(JsonArray ids) {
		return ids == null || ids.isEmpty() ? null : ids.get(0).getAsString();
	}
}
