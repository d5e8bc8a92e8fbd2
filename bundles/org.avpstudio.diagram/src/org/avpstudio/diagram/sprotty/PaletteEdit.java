package org.avpstudio.diagram.sprotty;

import java.util.function.Consumer;

import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.model.Platform;

import com.google.gson.JsonObject;

/** The model change a palette or drag action of the diagram client asks for ({@code avpEdit}), or why none. */
public final class PaletteEdit {

	private PaletteEdit() {
	}

	/** The change; throws {@link IllegalArgumentException} with a user message for an action it cannot do. */
	public static Consumer<Platform> of(JsonObject action) {
		String vm = text(action, "vm");
		return switch (text(action, "op")) {
		case "addVm" -> ModelEdit.addVm("vm");
		case "addDevice" -> ModelEdit.addDevice(required(vm, "select a VM first"), text(action, "kind_").isEmpty() ? "EntropyDevice" : text(action, "kind_"),
				text(action, "name").isEmpty() ? "dev" : text(action, "name"));
		case "addChannel" -> ModelEdit.addVsockChannel(required(vm, "select a VM first"), required(text(action, "to"), "name the VM to connect to"));
		case "moveDevice" -> ModelEdit.moveDevice(vm, text(action, "device"), text(action, "to"));
		case "rename" -> ModelEdit.renameVm(required(vm, "select a VM first"), validName(text(action, "name")));
		case "delete" -> ModelEdit.deleteVm(required(vm, "select a VM first"));
		case "criticality" -> ModelEdit.setCriticality(required(vm, "select a VM first"), text(action, "value"));
		case "memory" -> ModelEdit.setMemory(required(vm, "select a VM first"), mebibytes(text(action, "value")));
		default -> throw new IllegalArgumentException("unknown diagram action '" + text(action, "op") + "'");
		};
	}

	private static String text(JsonObject action, String key) {
		return action.has(key) && action.get(key).isJsonPrimitive() ? action.get(key).getAsString().strip() : "";
	}

	private static String required(String value, String hint) {
		if (value.isEmpty()) {
			throw new IllegalArgumentException(hint);
		}
		return value;
	}

	private static String validName(String name) {
		if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
			throw new IllegalArgumentException("'" + name + "' is not a valid name: use letters, digits and _, starting with a letter");
		}
		return name;
	}

	private static long mebibytes(String value) {
		if (!value.matches("[1-9][0-9]{0,8}")) {
			throw new IllegalArgumentException("'" + value + "' is not a memory size: give a positive number of MiB");
		}
		return Long.parseLong(value);
	}
}
