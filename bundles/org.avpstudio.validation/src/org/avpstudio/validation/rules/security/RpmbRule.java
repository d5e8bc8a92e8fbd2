// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import org.avpstudio.model.RpmbDevice;
import org.avpstudio.model.TeeDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** A VM with TEE access has a virtual RPMB for the TEE's replay-protected storage. */
@Verifies("AVPS-2.0-RPMB-1")
final class RpmbRule extends VmNeedsDevice {

	RpmbRule() {
		super(RpmbDevice.class, "virtio-rpmb");
	}

	@Override
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return platform.has(vm, TeeDevice.class);
	}
}
