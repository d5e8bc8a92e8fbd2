// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.general;

import java.util.List;

import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** The memory of VMs placed at fixed addresses does not overlap, and all VMs fit into the hardware's memory. */
@Verifies("AVPS-2.0-HWV-2")
final class MemoryIsolationRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		List<VirtualMachine> placed = platform.vms().stream().filter(VirtualMachine::isSetMemoryBase).toList();
		for (int i = 0; i < placed.size(); i++) {
			for (int j = i + 1; j < placed.size(); j++) {
				VirtualMachine a = placed.get(i);
				VirtualMachine b = placed.get(j);
				if (a.getMemoryBase() < b.getMemoryBase() + b.getMemoryMiB() && b.getMemoryBase() < a.getMemoryBase() + a.getMemoryMiB()) {
					findings.report(b, "memory of VM '" + b.getName() + "' overlaps memory of VM '" + a.getName() + "'",
							"Move one of them (at ...) or share memory through a declared shared-memory region");
				}
			}
		}
		platform.hardware().filter(hw -> hw.getMemoryMiB() > 0).ifPresent(hw -> {
			long total = platform.vms().stream().mapToLong(VirtualMachine::getMemoryMiB).sum();
			if (total > hw.getMemoryMiB()) {
				findings.report(hw, "the VMs need " + total + " MiB but hardware '" + hw.getName() + "' has " + hw.getMemoryMiB()
						+ " MiB: memory cannot be isolated", "Reduce VM memory or correct the hardware memory size");
			}
		});
	}
}
