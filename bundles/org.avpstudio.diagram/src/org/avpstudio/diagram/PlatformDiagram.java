// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.BoxKind;
import org.avpstudio.diagram.DiagramModel.Line;
import org.avpstudio.diagram.DiagramModel.LineKind;
import org.avpstudio.diagram.DiagramModel.Row;
import org.avpstudio.model.CpuCluster;
import org.avpstudio.model.DriverVmBackend;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceBackend;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.NetworkSegment;
import org.avpstudio.model.Platform;
import org.avpstudio.model.SharedMemoryDevice;
import org.avpstudio.model.SharedMemoryPeer;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockChannel;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.CriticalityDependency;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Severity;
import org.eclipse.emf.ecore.EObject;

/** Builds the {@link DiagramModel} of a platform (and the files it imports), with the open findings counted per element. */
public final class PlatformDiagram {

	private final Map<EObject, int[]> counts = new IdentityHashMap<>();

	private PlatformDiagram(ComplianceResult result) {
		if (result != null) {
			for (Finding finding : result.findings()) {
				if (finding.isOpen() && finding.element() != null && finding.severity() != Severity.INFO) {
					int[] count = counts.computeIfAbsent(finding.element(), e -> new int[2]);
					count[finding.severity() == Severity.ERROR ? 0 : 1]++;
				}
			}
		}
	}

	/** The diagram of a platform; {@code result} (may be null) decorates elements with their findings. */
	public static DiagramModel of(PlatformScope scope, ComplianceResult result) {
		return new PlatformDiagram(result).build(scope);
	}

	private DiagramModel build(PlatformScope scope) {
		List<Box> boxes = new ArrayList<>();
		List<Line> lines = new ArrayList<>();
		Platform main = scope.main();
		scope.hardware().ifPresent(hw -> boxes.add(hardware(hw)));
		if (main.getHypervisor() != null) {
			boxes.add(new Box("hv", BoxKind.HYPERVISOR, main.getHypervisor().getName(), "hypervisor", lower(main.getHypervisor().getKind()),
					List.of(), 0, 0));
			if (scope.hardware().isPresent()) {
				lines.add(new Line("hw-hv", LineKind.RUNS_ON, "hw", "hv", null));
			}
		}
		for (Platform part : scope.parts()) {
			for (NetworkSegment network : part.getNetworks()) {
				boxes.add(new Box(id(network), BoxKind.NETWORK, network.getName(), "network segment",
						network.getHostBridge() == null ? null : network.getHostBridge(), List.of(), 0, 0));
			}
		}
		for (VirtualMachine vm : scope.vms()) {
			boxes.add(vm(vm));
			if (main.getHypervisor() != null) {
				lines.add(new Line("hv-" + id(vm), LineKind.RUNS_ON, "hv", id(vm), null));
			}
			for (VirtioDevice device : vm.getDevices()) {
				if (device instanceof NetworkDevice net && net.getNetwork() != null) {
					lines.add(new Line(id(vm) + "-" + device.getName() + "-net", LineKind.NETWORK, id(vm), id(net.getNetwork()), device.getName()));
				}
				if (device.getBackend() instanceof DriverVmBackend driver && driver.getVm() != null) {
					// drawn from the driver VM that serves the back-end to the VM that uses the device: drivers sit above their clients
					lines.add(new Line(id(vm) + "-" + device.getName() + "-backend", LineKind.BACKEND, id(driver.getVm()), id(vm),
							keyword(device) + " " + device.getName()));
				}
				if (device.getBackend() instanceof HostDeviceBackend host && host.getDevice() != null && scope.hardware().isPresent()) {
					lines.add(new Line(id(vm) + "-" + device.getName() + "-host", LineKind.PASSTHROUGH, "hw", id(vm), host.getDevice().getName()));
				}
			}
			if (!vm.getPassthrough().isEmpty() && scope.hardware().isPresent()) {
				String names = String.join(", ", vm.getPassthrough().stream().map(HostDevice::getName).toList());
				lines.add(new Line(id(vm) + "-passthrough", LineKind.PASSTHROUGH, "hw", id(vm), "passthrough " + names));
			}
		}
		for (VsockChannel channel : scope.channels(VsockChannel.class)) {
			if (channel.getFrom() != null && channel.getTo() != null) {
				lines.add(new Line(id(channel), LineKind.VSOCK, id(channel.getFrom()), id(channel.getTo()),
						"vsock " + channel.getName() + " :" + channel.getPort()));
			}
		}
		for (SharedMemoryRegion region : scope.channels(SharedMemoryRegion.class)) {
			boxes.add(new Box(id(region), BoxKind.SHARED_MEMORY, region.getName(), "shared memory", region.getSizeMiB() + " MiB", List.of(), 0, 0));
			if (region.getOwner() != null) {
				lines.add(new Line(id(region) + "-owner", LineKind.SHARED_MEMORY, id(region.getOwner()), id(region), "owner"));
			}
			for (SharedMemoryPeer peer : region.getPeers()) {
				if (peer.getVm() != null) {
					lines.add(new Line(id(region) + "-" + peer.getVm().getName(), LineKind.SHARED_MEMORY, id(region), id(peer.getVm()),
							lower(peer.getAccess())));
				}
			}
		}
		return new DiagramModel(main.getName(), boxes, lines, dependencies(scope, lines));
	}

	/**
	 * The lines that draw a dependency of a VM on a VM of lower criticality (a back-end, a shared-memory peer line, a
	 * network line; a shared core has no line), each with whether a waiver justifies it.
	 */
	private static Map<String, Boolean> dependencies(PlatformScope scope, List<Line> lines) {
		Map<String, Boolean> marked = new java.util.LinkedHashMap<>();
		for (CriticalityDependency d : CriticalityDependency.of(scope)) {
			String line = null;
			if (d.element() instanceof SharedMemoryDevice shm && shm.getRegion() != null) {
				line = id(shm.getRegion()) + "-" + d.dependent().getName();
			} else if (d.element() instanceof SharedMemoryPeer peer && peer.eContainer() instanceof SharedMemoryRegion region) {
				line = id(region) + "-" + d.dependent().getName();
			} else if (d.element() instanceof VirtioDevice device) {
				line = id(d.dependent()) + "-" + device.getName() + (d.requirementId().equals(CriticalityDependency.NETWORK) ? "-net" : "-backend");
			}
			String id = line;
			if (id != null && lines.stream().anyMatch(l -> l.id().equals(id))) {
				marked.merge(id, d.waiver() != null, Boolean::logicalAnd);
			}
		}
		return marked;
	}

	private Box hardware(Hardware hw) {
		List<Row> rows = new ArrayList<>();
		for (CpuCluster cluster : hw.getClusters()) {
			rows.add(new Row("cluster " + cluster.getName() + ": " + cluster.getCores().size() + " cores (" + lower(cluster.getKind()) + ")", null, 0, 0));
		}
		for (HostDevice device : hw.getHostDevices()) {
			rows.add(new Row(lower(device.getKind()) + " " + device.getName(), null, 0, 0));
		}
		String subtitle = lower(hw.getArchitecture()) + ", " + hw.getMemoryMiB() + " MiB" + (hw.isIommu() ? ", IOMMU" : "");
		return new Box("hw", BoxKind.HARDWARE, hw.getName(), subtitle, lower(hw.getInterruptController()), rows, 0, 0);
	}

	private Box vm(VirtualMachine vm) {
		List<Row> rows = new ArrayList<>();
		int errors = count(vm, 0);
		int warnings = count(vm, 1);
		for (VirtioDevice device : vm.getDevices()) {
			int e = count(device, 0);
			int w = count(device, 1);
			errors += e;
			warnings += w;
			String backend = device.getBackend() instanceof DriverVmBackend driver && driver.getVm() != null ? "  \u2190 " + driver.getVm().getName() : "";
			rows.add(new Row(keyword(device) + " " + device.getName() + backend, device.getName(), e, w));
		}
		String subtitle = lower(vm.getRole()) + ", " + vm.getMemoryMiB() + " MiB, " + vm.getVcpus().size() + " vCPU";
		String criticality = vm.getCriticality() == null ? "QM" : vm.getCriticality().getLiteral().replace('_', '-');
		return new Box(id(vm), BoxKind.VM, vm.getName(), subtitle, criticality, rows, errors, warnings);
	}

	private int count(EObject element, int index) {
		int[] count = counts.get(element);
		return count == null ? 0 : count[index];
	}

	static String keyword(VirtioDevice device) {
		return DeviceKinds.of(device).keyword();
	}

	private static String lower(Object literal) {
		return literal == null ? "" : literal.toString().toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static String id(EObject element) {
		String prefix = element instanceof VirtualMachine ? "vm:" : element instanceof NetworkSegment ? "net:" : element instanceof SharedMemoryRegion ? "shm:" : "ch:";
		Object name = element.eGet(element.eClass().getEStructuralFeature("name"));
		return prefix + name;
	}
}
