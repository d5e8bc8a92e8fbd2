// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.memory;

import org.avpstudio.model.Platform;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * The VMs, the shared-memory regions and the hypervisor's reserve ({@code hypervisor ... reserve N MiB}) fit into
 * the hardware's memory, and every VM has some. (AVPS-2.0-HWV-2 counts the VMs only.)
 */
@Verifies("AVP-MEM-1")
final class MemoryBudgetRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			if (vm.getMemoryMiB() <= 0) {
				findings.report(vm, "VM '" + vm.getName() + "' has no memory (" + vm.getMemoryMiB() + " MiB): no hypervisor can start it",
						"Give the VM the memory its guest needs, e.g. memory 512 MiB");
			}
		}
		platform.hardware().filter(hw -> hw.getMemoryMiB() > 0).ifPresent(hw -> {
			long vms = platform.vms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum();
			long regions = platform.channels(SharedMemoryRegion.class).stream().mapToLong(SharedMemoryRegion::getSizeMiB).sum();
			long reserve = platform.parts().stream().map(Platform::getHypervisor).filter(h -> h != null).mapToLong(h -> h.getReserveMiB())
					.findFirst().orElse(0);
			long total = vms + regions + reserve;
			if (total > hw.getMemoryMiB()) {
				findings.report(hw, "the platform needs " + total + " MiB (VMs " + vms + ", shared memory " + regions + ", hypervisor reserve "
						+ reserve + ") but hardware '" + hw.getName() + "' has " + hw.getMemoryMiB() + " MiB",
						"Reduce VM or region memory, or correct the hardware memory or the hypervisor reserve");
			}
		});
	}
}
