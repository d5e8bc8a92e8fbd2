// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.audio;

import org.avpstudio.model.SoundDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** The IVI VM has a virtio-snd device. */
@Verifies("AVPS-2.0-AUD-1")
final class SoundRule extends VmNeedsDevice {

	SoundRule() {
		super(SoundDevice.class, "virtio-snd sound");
	}

	@Override
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return vm.getRole() == VmRole.IVI;
	}
}
