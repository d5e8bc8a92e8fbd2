// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.avpstudio.model.devices.DeviceKind;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.model.devices.PaletteEntry;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/**
 * The device kinds the diagram client's palette offers, as JSON, from the metamodel's device facts. The bundle's
 * build writes it into the client's sources ({@code client/src/palette.generated.json}) before bundling the client,
 * so that the browser palette and the Eclipse one offer the same kinds.
 */
public final class ClientPalette {

	/** Where the build writes the palette, relative to the bundle. */
	public static final String FILE = "client/src/palette.generated.json";

	private ClientPalette() {
	}

	/** One object per offered kind: label, deviceClass, baseName and the configuration targets that generate it. */
	public static String json() {
		JsonArray kinds = new JsonArray();
		for (DeviceKind kind : DeviceKinds.all()) {
			kind.palette().ifPresent(entry -> kinds.add(object(entry, kind)));
		}
		return new GsonBuilder().setPrettyPrinting().create().toJson(kinds) + "\n";
	}

	private static JsonObject object(PaletteEntry entry, DeviceKind kind) {
		JsonObject object = new JsonObject();
		object.addProperty("label", entry.label());
		object.addProperty("deviceClass", entry.deviceClass());
		object.addProperty("baseName", entry.baseName());
		JsonArray targets = new JsonArray();
		kind.targets().forEach(targets::add);
		object.add("targets", targets);
		return object;
	}

	/** Writes {@link #json()} to {@link #FILE} of the bundle folder the only argument names; run by the bundle's build. */
	public static void main(String[] args) throws IOException {
		Files.writeString(Path.of(args[0]).resolve(FILE), json());
	}
}
