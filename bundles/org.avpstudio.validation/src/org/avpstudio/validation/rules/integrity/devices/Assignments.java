// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.devices;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.model.CameraDevice;
import org.avpstudio.model.CanDevice;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceBackend;
import org.avpstudio.model.UsbDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.WifiDevice;
import org.avpstudio.validation.PlatformScope;

/** Every way a host device is given to a VM: a pass-through entry, a host-device back-end, or a device that serves it. */
final class Assignments {

	/**
	 * One use of a host device.
	 *
	 * @param vm      the VM it is given to
	 * @param how     "passed through", "back-end of 'x'", "served by 'x'"
	 * @param element where the use is written (the VM for a pass-through, else the VIRTIO device)
	 */
	record Use(HostDevice device, VirtualMachine vm, String how, org.eclipse.emf.ecore.EObject element, boolean passthrough) {
	}

	private Assignments() {
	}

	static Map<HostDevice, List<Use>> of(PlatformScope platform) {
		Map<HostDevice, List<Use>> uses = new LinkedHashMap<>();
		for (VirtualMachine vm : platform.vms()) {
			for (HostDevice device : vm.getPassthrough()) {
				if (!device.eIsProxy()) {
					uses.computeIfAbsent(device, d -> new ArrayList<>()).add(new Use(device, vm, "passed through", vm, true));
				}
			}
		}
		for (VirtioDevice device : platform.devices()) {
			VirtualMachine vm = PlatformScope.vmOf(device).orElse(null);
			if (device.getBackend() instanceof HostDeviceBackend backend && backend.getDevice() != null && !backend.getDevice().eIsProxy()) {
				uses.computeIfAbsent(backend.getDevice(), d -> new ArrayList<>())
						.add(new Use(backend.getDevice(), vm, "back-end of '" + device.getName() + "'", device, false));
			}
			HostDevice served = served(device);
			if (served != null && !served.eIsProxy()) {
				uses.computeIfAbsent(served, d -> new ArrayList<>()).add(new Use(served, vm, "served by '" + device.getName() + "'", device, false));
			}
		}
		return uses;
	}

	private static HostDevice served(VirtioDevice device) {
		if (device instanceof CameraDevice camera) {
			return camera.getCamera();
		}
		if (device instanceof CanDevice can) {
			return can.getController();
		}
		if (device instanceof UsbDevice usb) {
			return usb.getController();
		}
		if (device instanceof WifiDevice wifi) {
			return wifi.getAdapter();
		}
		return null;
	}
}
