// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.media;

import org.avpstudio.model.VideoDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** The IVI VM has a paravirtual video codec. */
@Verifies("AVPS-2.0-MEDIA-1")
final class VideoCodecRule extends VmNeedsDevice {

	VideoCodecRule() {
		super(VideoDevice.class, "virtio-video codec");
	}

	@Override
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return vm.getRole() == VmRole.IVI;
	}
}
