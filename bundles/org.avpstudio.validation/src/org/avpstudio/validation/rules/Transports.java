package org.avpstudio.validation.rules;

import org.avpstudio.model.Transport;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.PlatformScope;

/** The transport a device is really on: its own, else its VM's default, else PCI. */
public final class Transports {

	private Transports() {
	}

	public static Transport effective(VirtioDevice device) {
		return effective(device, PlatformScope.vmOf(device).orElse(null));
	}

	/** As {@link #effective(VirtioDevice)}, with the device's VM (or null) already known. */
	public static Transport effective(VirtioDevice device, VirtualMachine vm) {
		if (device.isSetTransport()) {
			return device.getTransport();
		}
		Transport byDefault = vm == null ? null : vm.getDefaultTransport();
		return byDefault == null ? Transport.PCI : byDefault;
	}
}
