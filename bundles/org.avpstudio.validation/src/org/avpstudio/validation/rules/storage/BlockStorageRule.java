// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Every VM has storage: a virtio-blk device or a storage controller passed through. */
@Verifies("AVPS-2.0-STO-1")
final class BlockStorageRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			boolean storage = platform.has(vm, BlockDevice.class)
					|| vm.getPassthrough().stream().anyMatch(h -> h.getKind() == HostDeviceKind.STORAGE);
			if (!storage) {
				findings.report(vm, "VM '" + vm.getName() + "' has no virtio-blk storage",
						"Add a block device, or waive with the reason (e.g. it runs from its initrd)");
			}
		}
	}
}
