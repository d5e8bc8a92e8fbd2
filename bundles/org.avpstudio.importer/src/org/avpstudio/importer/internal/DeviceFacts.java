// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import org.avpstudio.model.EntropySource;
import org.avpstudio.model.InputKind;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.WatchdogAction;
import org.avpstudio.model.devices.DeviceKinds;

/**
 * The device facts libvirt and QEMU spell the same way, mapped once for both importers: the entropy source of a
 * random-number back-end file, the action of a watchdog, the kind of a VIRTIO input device, and the name of a device
 * the input gives none.
 */
final class DeviceFacts {

	private DeviceFacts() {
	}

	/** {@code /dev/random} blocks (the model's {@code random}); any other file is read as {@code urandom}. */
	static EntropySource entropySource(String file) {
		return "/dev/random".equals(file) ? EntropySource.HOST_RANDOM : EntropySource.HOST_URANDOM;
	}

	/** A watchdog action as libvirt's {@code action} and QEMU's {@code -action watchdog=} name it, or null when the model has none like it. */
	static WatchdogAction watchdogAction(String action) {
		return switch (action == null ? "" : action) {
		case "reset" -> WatchdogAction.RESET_VM;
		case "poweroff" -> WatchdogAction.POWER_OFF_VM;
		case "inject-nmi" -> WatchdogAction.NOTIFY;
		case "none" -> WatchdogAction.NONE;
		default -> null;
		};
	}

	/** {@code mouse}, {@code tablet}, else keyboard (libvirt's {@code type}, QEMU's {@code virtio-mouse}/{@code -tablet}/{@code -keyboard}). */
	static InputKind inputKind(String type) {
		return switch (type == null ? "" : type) {
		case "mouse" -> InputKind.MOUSE;
		case "tablet" -> InputKind.TABLET;
		default -> InputKind.KEYBOARD;
		};
	}

	/** The device's .avp keyword and a number ({@code net0}), for a device the input names not. */
	static String numberedName(VirtioDevice device, AvpNames names) {
		return names.numbered(DeviceKinds.of(device).keyword().replace('-', '_'));
	}
}
