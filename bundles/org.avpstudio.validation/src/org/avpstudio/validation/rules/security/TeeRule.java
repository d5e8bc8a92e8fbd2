// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import org.avpstudio.model.TeeDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** The IVI and telematics VMs reach a trusted execution environment. */
@Verifies("AVPS-2.0-TEE-1")
final class TeeRule extends VmNeedsDevice {

	TeeRule() {
		super(TeeDevice.class, "TEE access");
	}

	@Override
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return vm.getRole() == VmRole.IVI || vm.getRole() == VmRole.TELEMATICS;
	}
}
