// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.memory;

import java.util.HashSet;
import java.util.Set;

import org.avpstudio.model.SharedMemoryPeer;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/**
 * The owner and peers of a region are VMs of the platform, a peer is not the owner, and each peer is listed once (two lines, possibly with
 * different access rights, leave the generators to pick one). Fix: remove the repeated line.
 */
@Verifies("AVP-MEM-2")
final class RegionPeersRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (SharedMemoryRegion region : platform.channels(SharedMemoryRegion.class)) {
			VirtualMachine owner = region.getOwner();
			if (owner != null && !owner.eIsProxy() && !platform.vms().contains(owner)) {
				findings.report(region, "region '" + region.getName() + "' is owned by '" + owner.getName() + "', which is not a VM of this platform",
						"Make a VM of the platform its owner");
			}
			Set<VirtualMachine> seen = new HashSet<>();
			for (SharedMemoryPeer peer : region.getPeers()) {
				VirtualMachine vm = peer.getVm();
				if (vm == null || vm.eIsProxy()) {
					continue;
				}
				if (!platform.vms().contains(vm)) {
					findings.report(peer, "peer '" + vm.getName() + "' of region '" + region.getName() + "' is not a VM of this platform",
							"List VMs of the platform only");
				} else if (vm == owner) {
					findings.report(peer, "VM '" + vm.getName() + "' owns region '" + region.getName() + "' and is listed as its peer too",
							"Remove the peer line: the owner maps the region with the owner's rights",
							Fixes.of("Remove the owner's peer line", e -> ((SharedMemoryRegion) e.eContainer()).getPeers().remove(e)));
				} else if (!seen.add(vm)) {
					findings.report(peer, "VM '" + vm.getName() + "' is listed twice as a peer of region '" + region.getName() + "'",
							"Keep one peer line per VM, with the access it needs",
							Fixes.of("Remove the repeated peer line", e -> ((SharedMemoryRegion) e.eContainer()).getPeers().remove(e)));
				}
			}
		}
	}
}
