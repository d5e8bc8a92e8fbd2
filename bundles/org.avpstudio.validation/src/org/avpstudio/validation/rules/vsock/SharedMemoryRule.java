// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.vsock;

import org.avpstudio.model.SharedMemoryDevice;
import org.avpstudio.model.SharedMemoryPeer;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A shared-memory region has peers other than its owner, and only its owner and peers map it. */
@Verifies("AVPS-2.0-VSOCK-5")
final class SharedMemoryRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (SharedMemoryRegion region : platform.channels(SharedMemoryRegion.class)) {
			if (region.getPeers().isEmpty()) {
				findings.report(region, "shared-memory region '" + region.getName() + "' has no peer VM", "Add: peer <vm> ro|rw");
			}
			for (SharedMemoryPeer peer : region.getPeers()) {
				if (peer.getVm() == region.getOwner()) {
					findings.report(peer, "VM '" + region.getOwner().getName() + "' owns region '" + region.getName() + "' and is also listed as its peer",
							"Remove the peer line of the owner");
				}
			}
		}
		for (SharedMemoryDevice shm : platform.devices(SharedMemoryDevice.class)) {
			SharedMemoryRegion region = shm.getRegion();
			VirtualMachine vm = PlatformScope.vmOf(shm).orElse(null);
			if (region != null && !region.eIsProxy() && region.getOwner() != vm && region.getPeers().stream().noneMatch(p -> p.getVm() == vm)) {
				findings.report(shm, "VM '" + vm.getName() + "' maps region '" + region.getName() + "' but is neither its owner nor a peer",
						"Add the VM as a peer of the region, with its access right");
			}
		}
	}
}
