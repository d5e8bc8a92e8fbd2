// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.vsock;

import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** Every VM but a safety VM has a vsock device. */
@Verifies("AVPS-2.0-VSOCK-1")
final class VsockDeviceRule extends VmNeedsDevice {

	VsockDeviceRule() {
		super(VsockDevice.class, "virtio-vsock");
	}

	@Override
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return vm.getRole() != VmRole.SAFETY;
	}
}
