// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.cpu;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.avpstudio.model.CpuCluster;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;
import org.avpstudio.validation.rules.Fixes;

/** Who runs on which core, shared by the CPU rules, and the quick fix that moves a vCPU to a free core. */
final class Cores {

	private Cores() {
	}

	/** The pinned vCPUs per core, cores in the order vCPUs first name them. */
	static Map<PhysicalCore, List<VirtualCpu>> pins(PlatformScope platform) {
		Map<PhysicalCore, List<VirtualCpu>> byCore = new LinkedHashMap<>();
		for (VirtualMachine vm : platform.vms()) {
			for (VirtualCpu vcpu : vm.getVcpus()) {
				if (vcpu.getPinnedTo() != null && !vcpu.getPinnedTo().eIsProxy()) {
					byCore.computeIfAbsent(vcpu.getPinnedTo(), c -> new ArrayList<>()).add(vcpu);
				}
			}
		}
		return byCore;
	}

	static List<PhysicalCore> all(PlatformScope platform) {
		List<PhysicalCore> cores = new ArrayList<>();
		platform.hardware().ifPresent(hw -> hw.getClusters().forEach(c -> cores.addAll(c.getCores())));
		return cores;
	}

	/** The first core of the hardware no vCPU is pinned to, if any. */
	static Optional<PhysicalCore> free(PlatformScope platform) {
		Map<PhysicalCore, List<VirtualCpu>> pins = pins(platform);
		return all(platform).stream().filter(c -> !pins.containsKey(c)).findFirst();
	}

	/**
	 * Moves the vCPU to the first free core, looked up again when the fix is applied (pins read from the live model),
	 * so that fixes applied one after another do not put two vCPUs on the same core.
	 */
	static Optional<QuickFix> moveToFreeCore(PlatformScope platform) {
		return free(platform).map(core -> Fixes.of("Move the vCPU to free core '" + core.getName() + "'",
				e -> free(platform).ifPresent(((VirtualCpu) e)::setPinnedTo)));
	}

	static String name(VirtualCpu vcpu) {
		return "vCPU " + vcpu.getIndex() + " of VM '" + ((VirtualMachine) vcpu.eContainer()).getName() + "'";
	}

	static String cluster(PhysicalCore core) {
		return core.eContainer() instanceof CpuCluster c ? c.getName() : "?";
	}
}
