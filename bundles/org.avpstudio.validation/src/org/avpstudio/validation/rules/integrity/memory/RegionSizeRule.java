// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.memory;

import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * A region's size is more than zero, a power of two (QEMU's ivshmem refuses anything else) and no more than its
 * owner's memory.
 */
@Verifies("AVP-MEM-3")
final class RegionSizeRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (SharedMemoryRegion region : platform.channels(SharedMemoryRegion.class)) {
			long size = region.getSizeMiB();
			VirtualMachine owner = region.getOwner();
			if (size <= 0) {
				findings.report(region, "region '" + region.getName() + "' has size " + size + " MiB", "Give the region a size of 1 MiB or more");
			} else if (Long.bitCount(size) != 1) {
				long up = Long.highestOneBit(size) << 1;
				findings.report(region, "region '" + region.getName() + "' is " + size + " MiB, not a power of two: QEMU's ivshmem (qemu, libvirt targets) refuses it",
						"Use " + Long.highestOneBit(size) + " or " + up + " MiB");
			} else if (owner != null && !owner.eIsProxy() && size > owner.getMemoryMiB()) {
				findings.report(region, "region '" + region.getName() + "' (" + size + " MiB) is larger than the memory of its owner '" + owner.getName()
						+ "' (" + owner.getMemoryMiB() + " MiB)", "Shrink the region or give the owner more memory");
			}
		}
	}
}
