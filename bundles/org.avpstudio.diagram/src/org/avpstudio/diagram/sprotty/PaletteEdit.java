// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.util.function.Consumer;

import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.model.Platform;

/**
 * An edit the diagram client's palette or a drag asks for: one action per kind of edit, each naming the VM it works
 * on ({@code vm}) and its own values as the user gave them.
 */
public sealed interface PaletteEdit extends ClientAction {

	/** The model change; throws {@link IllegalArgumentException} with a message for the user when the input cannot be used. */
	Consumer<Platform> change();

	/** {@code addVm}: a new VM with a free name. */
	record AddVm() implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			return ModelEdit.addVm("vm");
		}
	}

	/** {@code addDevice}: a VIRTIO device of a metamodel class (default EntropyDevice), named from {@code name} (default dev). */
	record AddDevice(String vm, String deviceClass, String name) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			return ModelEdit.addDevice(selected(vm), or(deviceClass, "EntropyDevice"), or(name, "dev"));
		}
	}

	/** {@code addVsockChannel}: a vsock channel from the VM to another. */
	record AddVsockChannel(String vm, String to) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			return ModelEdit.addVsockChannel(selected(vm), required(to, "name the VM to connect to"));
		}
	}

	/** {@code moveDevice}: a device row dropped on another VM. */
	record MoveDevice(String vm, String device, String to) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			return ModelEdit.moveDevice(selected(vm), required(device, "drag a device row"), required(to, "drop the device on a VM"));
		}
	}

	/** {@code renameVm}: a new name, which must be a name of the .avp language. */
	record RenameVm(String vm, String name) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			String newName = text(name);
			if (!ModelEdit.isName(newName)) {
				throw new IllegalArgumentException("'" + newName + "' is not a valid name: " + ModelEdit.NAME_RULE);
			}
			return ModelEdit.renameVm(selected(vm), newName);
		}
	}

	/** {@code deleteVm}: the VM with the channels that point to it. */
	record DeleteVm(String vm) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			return ModelEdit.deleteVm(selected(vm));
		}
	}

	/** {@code setCriticality}: QM, ASIL-A ... ASIL-D. */
	record SetCriticality(String vm, String criticality) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			return ModelEdit.setCriticality(selected(vm), text(criticality));
		}
	}

	/** {@code setMemory}: the memory in MiB, as the user typed it. */
	record SetMemory(String vm, String mebibytes) implements PaletteEdit {
		@Override
		public Consumer<Platform> change() {
			String value = text(mebibytes);
			if (!value.matches("[1-9][0-9]{0,8}")) {
				throw new IllegalArgumentException("'" + value + "' is not a memory size: give a positive number of MiB");
			}
			return ModelEdit.setMemory(selected(vm), Long.parseLong(value));
		}
	}

	private static String text(String value) {
		return value == null ? "" : value.strip();
	}

	private static String or(String value, String otherwise) {
		return text(value).isEmpty() ? otherwise : text(value);
	}

	private static String required(String value, String hint) {
		if (text(value).isEmpty()) {
			throw new IllegalArgumentException(hint);
		}
		return text(value);
	}

	private static String selected(String vm) {
		return required(vm, "select a VM first");
	}
}
