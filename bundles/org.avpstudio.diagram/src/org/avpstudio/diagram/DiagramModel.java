// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram;

import java.util.List;
import java.util.Map;

/**
 * What the platform diagram shows, independent of layout and rendering: boxes for the hardware, the hypervisor,
 * each VM (with its devices as rows), network segments and shared-memory regions; lines for what connects them.
 */
public record DiagramModel(String title, List<Box> boxes, List<Line> lines, Map<String, Boolean> dependencies) {

	/** A diagram without criticality dependencies marked. */
	public DiagramModel(String title, List<Box> boxes, List<Line> lines) {
		this(title, boxes, lines, Map.of());
	}

	/**
	 * Whether the line is a dependency of a VM on a VM of lower criticality (freedom from interference,
	 * {@code CriticalityDependency}): null when it is not one, else whether a waiver justifies it.
	 */
	public Boolean dependency(String lineId) {
		return dependencies.get(lineId);
	}

	public enum BoxKind {
		HARDWARE, HYPERVISOR, VM, NETWORK, SHARED_MEMORY
	}

	public enum LineKind {
		/** hardware to hypervisor, hypervisor to VM */
		RUNS_ON,
		/** a VM's net device on a network segment */
		NETWORK,
		/** a device whose back-end is served by a driver VM */
		BACKEND,
		/** a host device passed through to a VM */
		PASSTHROUGH,
		/** a vsock channel between VMs */
		VSOCK,
		/** a VM's access to a shared-memory region */
		SHARED_MEMORY
	}

	/** One row of a box: a device of a VM ({@code device} is its name), a CPU cluster or host device of the hardware. */
	public record Row(String text, String device, int errors, int warnings) {
	}

	/**
	 * A box. {@code badge} is a short classification shown in the corner (criticality of a VM, kind of a hypervisor),
	 * {@code errors}/{@code warnings} count the open compliance findings on the element and its rows.
	 */
	public record Box(String id, BoxKind kind, String title, String subtitle, String badge, List<Row> rows, int errors, int warnings) {
	}

	public record Line(String id, LineKind kind, String from, String to, String label) {
	}

	public Box box(String id) {
		return boxes.stream().filter(b -> b.id().equals(id)).findFirst().orElse(null);
	}
}
