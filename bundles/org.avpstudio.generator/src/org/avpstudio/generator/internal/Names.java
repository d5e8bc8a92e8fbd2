// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.internal;

import org.avpstudio.model.VirtualMachine;

/** Identifiers that several targets derive from model element names in the same way. */
public final class Names {

	private Names() {
	}

	/** An identifier QEMU, libvirt and dtc accept: letters, digits, '_', '-', starting with a letter. */
	public static String id(String name) {
		String safe = name == null ? "" : name.replaceAll("[^A-Za-z0-9_-]", "_");
		return safe.isEmpty() || !Character.isLetter(safe.charAt(0)) ? "d" + safe : safe;
	}

	/** Whether a host device address is a PCI address in domain:bus:slot.function form (e.g. 0000:03:00.0). */
	public static boolean isPciAddress(String address) {
		return address != null && address.matches("[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]");
	}

	/** A file name for a VM's outputs. */
	public static String fileStem(VirtualMachine vm) {
		return id(vm.getName());
	}
}
