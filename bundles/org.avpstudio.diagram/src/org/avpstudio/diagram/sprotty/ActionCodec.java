// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import static java.util.Map.entry;

import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.avpstudio.diagram.sprotty.ClientAction.Move;
import org.avpstudio.diagram.sprotty.ClientAction.Open;
import org.avpstudio.diagram.sprotty.ClientAction.RequestModel;
import org.avpstudio.diagram.sprotty.ClientAction.RequestPopupModel;
import org.avpstudio.diagram.sprotty.PaletteEdit.AddDevice;
import org.avpstudio.diagram.sprotty.PaletteEdit.AddVm;
import org.avpstudio.diagram.sprotty.PaletteEdit.AddVsockChannel;
import org.avpstudio.diagram.sprotty.PaletteEdit.DeleteVm;
import org.avpstudio.diagram.sprotty.PaletteEdit.MoveDevice;
import org.avpstudio.diagram.sprotty.PaletteEdit.RenameVm;
import org.avpstudio.diagram.sprotty.PaletteEdit.SetCriticality;
import org.avpstudio.diagram.sprotty.PaletteEdit.SetMemory;
import org.avpstudio.diagram.sprotty.ServerAction.AvpStatus;
import org.avpstudio.diagram.sprotty.ServerAction.SetModel;
import org.avpstudio.diagram.sprotty.ServerAction.UpdateModel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;

/**
 * The JSON of the action protocol: messages {@code {clientId, action}} whose action carries its {@code kind}, decoded
 * into the {@link ClientAction} record of that kind and encoded from a {@link ServerAction} record (Gson). A message
 * that is not JSON, has an unknown kind or fields of the wrong type is refused with the reason.
 */
public final class ActionCodec {

	/** The kind of each action on the wire: Sprotty's names for its own actions, ours for the edits and their status. */
	private static final Map<Class<? extends Record>, String> KINDS = Map.ofEntries(entry(RequestModel.class, "requestModel"),
			entry(RequestPopupModel.class, "requestPopupModel"), entry(Open.class, "open"), entry(Move.class, "move"),
			entry(SelectElements.class, "elementSelected"), entry(SelectAll.class, "allSelected"), entry(SetModel.class, "setModel"),
			entry(UpdateModel.class, "updateModel"), entry(AvpStatus.class, "avpStatus"), entry(AddVm.class, "addVm"),
			entry(AddDevice.class, "addDevice"), entry(AddVsockChannel.class, "addVsockChannel"), entry(MoveDevice.class, "moveDevice"),
			entry(RenameVm.class, "renameVm"), entry(DeleteVm.class, "deleteVm"), entry(SetCriticality.class, "setCriticality"),
			entry(SetMemory.class, "setMemory"));

	private static final Map<String, Class<? extends ClientAction>> CLIENT_KINDS = KINDS.entrySet().stream()
			.filter(kind -> ClientAction.class.isAssignableFrom(kind.getKey()))
			.collect(Collectors.toUnmodifiableMap(Map.Entry::getValue, kind -> kind.getKey().asSubclass(ClientAction.class)));

	private static final Gson GSON = new GsonBuilder().setStrictness(Strictness.STRICT).disableHtmlEscaping().create();

	private ActionCodec() {
	}

	/** The kind an action record is sent with (null for a class that is no action). */
	public static String kind(Class<?> action) {
		return KINDS.get(action);
	}

	/** The client's message as a typed action. */
	public static ActionMessage decode(String message) throws MalformedActionException {
		JsonObject envelope = parse(message, json -> GSON.fromJson(json, JsonObject.class), "not a JSON object");
		JsonElement clientId = envelope.get("clientId");
		if (clientId != null && !(clientId.isJsonPrimitive() && clientId.getAsJsonPrimitive().isString())) {
			throw new MalformedActionException("the clientId is not a string");
		}
		if (!(envelope.get("action") instanceof JsonObject action)) {
			throw new MalformedActionException("the message has no action: send {\"clientId\": ..., \"action\": {\"kind\": ..., ...}}");
		}
		if (!(action.get("kind") instanceof JsonElement kind && kind.isJsonPrimitive() && kind.getAsJsonPrimitive().isString())) {
			throw new MalformedActionException("the action has no kind");
		}
		Class<? extends ClientAction> type = CLIENT_KINDS.get(kind.getAsString());
		if (type == null) {
			throw new MalformedActionException("unknown action kind '" + kind.getAsString() + "'; the diagram server takes " + new TreeSet<>(CLIENT_KINDS.keySet()));
		}
		ClientAction decoded = parse(action, json -> GSON.fromJson(json, type), "a malformed '" + kind.getAsString() + "' action");
		return new ActionMessage(clientId == null ? null : clientId.getAsString(), decoded);
	}

	/** The message carrying a server action to the client ({@code clientId} null: to whichever client listens). */
	public static String encode(String clientId, ServerAction action) {
		JsonObject json = new JsonObject();
		json.addProperty("kind", kind(action.getClass()));
		GSON.toJsonTree(action).getAsJsonObject().asMap().forEach(json::add);
		JsonObject envelope = new JsonObject();
		if (clientId != null) {
			envelope.addProperty("clientId", clientId);
		}
		envelope.add("action", json);
		return GSON.toJson(envelope);
	}

	/** Gson's reading; its failure, in the words of its cause (the first line: Gson adds a link to its guide), is why the message is refused. */
	private static <J, T> T parse(J json, Function<J, T> reading, String what) throws MalformedActionException {
		try {
			T value = reading.apply(json);
			if (value == null) {
				throw new MalformedActionException(what + ": the message is empty");
			}
			return value;
		} catch (JsonParseException | IllegalStateException e) {
			Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
			String reason = cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage().lines().findFirst().orElse("");
			throw new MalformedActionException(what + ": " + reason);
		}
	}
}
