// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.cpu;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** A VM's vCPUs are numbered 0..n-1, each once. Fix: renumber them in their order. */
@Verifies("AVP-CPU-1")
final class VcpuNumberingRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			Set<Integer> seen = new HashSet<>();
			List<Integer> repeated = new ArrayList<>();
			for (VirtualCpu vcpu : vm.getVcpus()) {
				if (!seen.add(vcpu.getIndex())) {
					repeated.add(vcpu.getIndex());
				}
			}
			int n = vm.getVcpus().size();
			List<Integer> outside = vm.getVcpus().stream().map(VirtualCpu::getIndex).filter(i -> i < 0 || i >= n).sorted().toList();
			if (!repeated.isEmpty() || !outside.isEmpty()) {
				String what = !repeated.isEmpty() ? "repeats vCPU " + repeated.get(0) : "numbers a vCPU " + outside.get(0);
				findings.report(vm, "VM '" + vm.getName() + "' " + what + ": its " + n + " vCPUs must be numbered 0 to " + (n - 1)
						+ " (hypervisors address vCPUs by a dense index)", "Number the vCPUs 0, 1, ... in order",
						Fixes.of("Renumber the vCPUs of '" + vm.getName() + "' from 0", e -> renumber((VirtualMachine) e)));
			}
		}
	}

	/** Keeps the order of the text; a vCPU keeps its pinning. */
	static void renumber(VirtualMachine vm) {
		List<VirtualCpu> vcpus = new ArrayList<>(vm.getVcpus());
		vcpus.sort(Comparator.comparingInt(vm.getVcpus()::indexOf));
		for (int i = 0; i < vcpus.size(); i++) {
			vcpus.get(i).setIndex(i);
		}
	}
}
