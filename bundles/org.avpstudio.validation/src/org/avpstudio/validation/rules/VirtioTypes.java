// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import java.util.Optional;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.spec.VirtioDeviceType;

/** Which VIRTIO device type (and so which feature bits) a model device is, by the VIRTIO id of its kind. */
public final class VirtioTypes {

	private VirtioTypes() {
	}

	/** Empty for kinds VIRTIO has no device of their own for (USB, sensors, shared memory). */
	public static Optional<VirtioDeviceType> of(VirtioDevice device) {
		var id = DeviceKinds.virtioId(device);
		return id.isPresent() ? VirtioDeviceType.byId(id.getAsInt()) : Optional.empty();
	}
}
