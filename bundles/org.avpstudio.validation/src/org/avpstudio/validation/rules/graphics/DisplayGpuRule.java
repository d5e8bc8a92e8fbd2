// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.graphics;

import java.util.Set;

import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** The VMs that show something (cluster, IVI) have a virtio-gpu device. */
@Verifies("AVPS-2.0-GFX-1")
final class DisplayGpuRule extends VmNeedsDevice {

	private static final Set<VmRole> DISPLAY_ROLES = Set.of(VmRole.CLUSTER, VmRole.IVI);

	DisplayGpuRule() {
		super(GpuDevice.class, "virtio-gpu");
	}

	@Override
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return DISPLAY_ROLES.contains(vm.getRole());
	}
}
