// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.memory;

import org.avpstudio.model.Access;
import org.avpstudio.model.SharedMemoryDevice;
import org.avpstudio.model.SharedMemoryPeer;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** A VM the region lists as a read-only peer maps it with a {@code read-only} shm device. Fix: make the device read-only. */
@Verifies("AVP-MEM-4")
final class ReadOnlyPeerRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (SharedMemoryDevice shm : platform.devices(SharedMemoryDevice.class)) {
			SharedMemoryRegion region = shm.getRegion();
			VirtualMachine vm = PlatformScope.vmOf(shm).orElse(null);
			if (region == null || region.eIsProxy() || shm.isReadOnly()) {
				continue;
			}
			for (SharedMemoryPeer peer : region.getPeers()) {
				if (peer.getVm() == vm && peer.getAccess() == Access.READ_ONLY) {
					findings.report(shm, "VM '" + vm.getName() + "' is a read-only peer of region '" + region.getName() + "' but device '"
							+ shm.getName() + "' maps it writable", "Add read-only to the shm device",
							Fixes.of("Map region '" + region.getName() + "' read-only", e -> ((SharedMemoryDevice) e).setReadOnly(true)));
					break;
				}
			}
		}
	}
}
