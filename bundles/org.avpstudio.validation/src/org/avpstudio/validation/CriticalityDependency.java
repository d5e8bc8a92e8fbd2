// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.model.DriverVmBackend;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.NetworkSegment;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.SharedMemoryDevice;
import org.avpstudio.model.SharedMemoryPeer;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.EObject;

/**
 * A dependency of a VM on a VM of lower criticality (ISO 26262: a possible interference the higher one must be free
 * from): its back-end served by the lower one, shared memory the lower one owns, a core or a network segment both use.
 * The freedom-from-interference rules report these, the HTML report tabulates them and the diagram marks them; all
 * read them from {@link #of(PlatformScope)}, so the three cannot disagree.
 *
 * @param dependent     the VM of higher criticality
 * @param on            the VM of lower criticality it depends on
 * @param requirementId the integrity requirement the dependency falls under (e.g. {@code AVP-FFI-1})
 * @param why           what the dependency is, in one phrase (e.g. "back-end of gpu 'display'")
 * @param element       the element of {@code dependent} the finding is attached to (and a waiver is looked up from)
 */
public record CriticalityDependency(VirtualMachine dependent, VirtualMachine on, String requirementId, String why, EObject element) {

	public static final String BACKEND = "AVP-FFI-1";
	public static final String SHARED_MEMORY = "AVP-FFI-2";
	public static final String NETWORK = "AVP-FFI-3";
	public static final String CORE = "AVP-CPU-5";

	/** Every dependency of a higher-criticality VM on a lower one, in model order; computed once per scope. */
	public static List<CriticalityDependency> of(PlatformScope platform) {
		return platform.derived(CriticalityDependency.class, () -> List.copyOf(compute(platform)));
	}

	private static List<CriticalityDependency> compute(PlatformScope platform) {
		List<CriticalityDependency> all = new ArrayList<>();
		for (VirtioDevice device : platform.devices()) {
			VirtualMachine vm = PlatformScope.vmOf(device).orElse(null);
			if (device.getBackend() instanceof DriverVmBackend backend && backend.getVm() != null && !backend.getVm().eIsProxy()
					&& lower(backend.getVm(), vm)) {
				all.add(new CriticalityDependency(vm, backend.getVm(), BACKEND,
						"back-end of " + device.eClass().getName() + " '" + device.getName() + "' served by driver VM '" + backend.getVm().getName() + "'", device));
			}
		}
		for (SharedMemoryRegion region : platform.channels(SharedMemoryRegion.class)) {
			VirtualMachine owner = region.getOwner();
			for (SharedMemoryPeer peer : region.getPeers()) {
				VirtualMachine vm = peer.getVm();
				if (owner != null && vm != null && !owner.eIsProxy() && !vm.eIsProxy() && lower(owner, vm)) {
					EObject where = vm.getDevices().stream().filter(d -> d instanceof SharedMemoryDevice shm && shm.getRegion() == region)
							.findFirst().map(EObject.class::cast).orElse(peer);
					all.add(new CriticalityDependency(vm, owner, SHARED_MEMORY,
							"maps shared memory '" + region.getName() + "' owned by '" + owner.getName() + "'", where));
				}
			}
		}
		Map<PhysicalCore, List<VirtualCpu>> byCore = new LinkedHashMap<>();
		for (VirtualMachine vm : platform.vms()) {
			for (VirtualCpu vcpu : vm.getVcpus()) {
				if (vcpu.getPinnedTo() != null && !vcpu.getPinnedTo().eIsProxy()) {
					byCore.computeIfAbsent(vcpu.getPinnedTo(), c -> new ArrayList<>()).add(vcpu);
				}
			}
		}
		for (Map.Entry<PhysicalCore, List<VirtualCpu>> core : byCore.entrySet()) {
			if (core.getValue().stream().map(v -> ((VirtualMachine) v.eContainer()).getCriticality()).distinct().count() < 2) {
				continue;
			}
			Map<VirtualMachine, VirtualMachine> seen = new IdentityHashMap<>();
			for (VirtualCpu vcpu : core.getValue()) {
				VirtualMachine vm = (VirtualMachine) vcpu.eContainer();
				for (VirtualCpu other : core.getValue()) {
					VirtualMachine otherVm = (VirtualMachine) other.eContainer();
					if (lower(otherVm, vm) && seen.put(otherVm, vm) == null) {
						all.add(new CriticalityDependency(vm, otherVm, CORE,
								"shares core '" + core.getKey().getName() + "' with '" + otherVm.getName() + "'", vcpu));
					}
				}
			}
		}
		Map<NetworkSegment, List<NetworkDevice>> bySegment = new LinkedHashMap<>();
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			if (net.getNetwork() != null && !net.getNetwork().eIsProxy()) {
				bySegment.computeIfAbsent(net.getNetwork(), s -> new ArrayList<>()).add(net);
			}
		}
		for (Map.Entry<NetworkSegment, List<NetworkDevice>> segment : bySegment.entrySet()) {
			// a segment whose VMs all have one criticality has no dependency: skip the pairwise walk (large platforms)
			if (segment.getValue().stream().map(n -> PlatformScope.vmOf(n).map(VirtualMachine::getCriticality).orElse(null)).distinct().count() < 2) {
				continue;
			}
			for (NetworkDevice net : segment.getValue()) {
				VirtualMachine vm = PlatformScope.vmOf(net).orElse(null);
				Map<VirtualMachine, Boolean> seen = new IdentityHashMap<>();
				for (NetworkDevice other : segment.getValue()) {
					VirtualMachine otherVm = PlatformScope.vmOf(other).orElse(null);
					if (lower(otherVm, vm) && seen.put(otherVm, true) == null) {
						all.add(new CriticalityDependency(vm, otherVm, NETWORK,
								"shares network '" + segment.getKey().getName() + "' with '" + otherVm.getName() + "'", net));
					}
				}
			}
		}
		return all;
	}

	/** Whether {@code candidate} has a lower criticality than {@code vm} (QM below ASIL-A below ... ASIL-D). */
	public static boolean lower(VirtualMachine candidate, VirtualMachine vm) {
		return candidate != null && vm != null && candidate != vm && candidate.getCriticality().getValue() < vm.getCriticality().getValue();
	}

	/** The justification of a waiver of this dependency's requirement on its element or a container, or null. */
	public String waiver() {
		return ComplianceEngine.waiverFor(requirementId, element);
	}
}
