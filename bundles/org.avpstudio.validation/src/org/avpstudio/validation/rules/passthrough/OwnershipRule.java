// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.passthrough;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.avpstudio.model.CameraDevice;
import org.avpstudio.model.CanDevice;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.UsbDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.WifiDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.eclipse.emf.ecore.EObject;

/**
 * A physical device that is passed through, or served to guests, has exactly one owning VM. The AVPS states
 * this per device area; the requirement id follows the device's kind.
 */
@Verifies({ "AVPS-2.0-WIFI-1", "AVPS-2.0-AUD-3", "AVPS-2.0-USB-1", "AVPS-2.0-USB-2", "AVPS-2.0-GPIO-3", "AVPS-2.0-SENS-3",
		"AVPS-2.0-CAM-1", "AVPS-2.0-MEDIA-2", "AVPS-2.0-CAN-1" })
final class OwnershipRule implements AvpsRule {

	private static final Map<HostDeviceKind, String> REQUIREMENT = Map.of(HostDeviceKind.WIFI, "AVPS-2.0-WIFI-1",
			HostDeviceKind.AUDIO, "AVPS-2.0-AUD-3", HostDeviceKind.USB_CONTROLLER, "AVPS-2.0-USB-1",
			HostDeviceKind.GPIO_CONTROLLER, "AVPS-2.0-GPIO-3", HostDeviceKind.SENSOR, "AVPS-2.0-SENS-3",
			HostDeviceKind.CAMERA, "AVPS-2.0-CAM-1", HostDeviceKind.CODEC, "AVPS-2.0-MEDIA-2", HostDeviceKind.CAN,
			"AVPS-2.0-CAN-1");

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<HostDevice, VirtualMachine> owner = new LinkedHashMap<>();
		for (VirtualMachine vm : platform.vms()) {
			for (HostDevice device : vm.getPassthrough()) {
				claim(device, vm, owner, findings);
			}
		}
		Map<HostDevice, VirtualMachine> server = new HashMap<>();
		for (VirtioDevice device : platform.devices()) {
			HostDevice served = served(device);
			VirtualMachine vm = PlatformScope.vmOf(device).orElse(null);
			if (served == null || served.eIsProxy() || vm == null) {
				continue;
			}
			VirtualMachine previous = server.putIfAbsent(served, vm);
			if (previous != null && previous != vm) {
				report(served, device, "'" + served.getName() + "' is served to VM '" + vm.getName() + "' and to VM '"
						+ previous.getName() + "'", device instanceof UsbDevice ? "AVPS-2.0-USB-2" : null, findings);
			}
			VirtualMachine passedTo = owner.get(served);
			if (passedTo != null && passedTo != vm) {
				report(served, device, "'" + served.getName() + "' is passed through to VM '" + passedTo.getName()
						+ "' but also served to VM '" + vm.getName() + "'", device instanceof UsbDevice ? "AVPS-2.0-USB-2" : null, findings);
			}
		}
	}

	private static void claim(HostDevice device, VirtualMachine vm, Map<HostDevice, VirtualMachine> owner, FindingSink findings) {
		VirtualMachine previous = owner.putIfAbsent(device, vm);
		if (previous != null && previous != vm) {
			report(device, vm, "'" + device.getName() + "' is passed through to VM '" + vm.getName() + "' and to VM '"
					+ previous.getName() + "'", null, findings);
		}
	}

	/** Under {@code id}, or when it is null under the requirement of the device's kind (none for some kinds). */
	private static void report(HostDevice device, EObject element, String message, String id, FindingSink findings) {
		String requirement = id != null ? id : REQUIREMENT.get(device.getKind());
		if (requirement != null) {
			findings.report(requirement, element, message + ": a physical device has one owner",
					"Keep one owner; let it serve the others through VIRTIO devices");
		}
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
