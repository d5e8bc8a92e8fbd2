// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.CpuCluster;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.w3c.dom.Element;

/**
 * The host as far as domain XML tells it: its architecture (a domain's {@code <os><type arch>}) and the host CPUs its
 * vCPUs are pinned to ({@code <vcpupin cpuset='N'>}), as the platform's {@code hardware host} with one cluster of cores;
 * or, when a board's device tree was read first, its cores.
 */
final class HostHardware {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;

	private final Platform platform;
	private final XmlReading xml;
	private final ImportReport report;

	/** For a format that does not tell the architecture ({@code xml} null): cores only, when the hardware is known. */
	HostHardware(Platform platform, ImportReport report) {
		this(platform, null, report);
	}

	HostHardware(Platform platform, XmlReading xml, ImportReport report) {
		this.platform = platform;
		this.xml = xml;
		this.report = report;
	}

	/** Reads {@code type}'s arch into the hardware section; an arch other than the first domain's stays unread. */
	void architecture(Element type) {
		Architecture architecture = Architecture.get(type.getAttribute("arch"));
		if (architecture != null && architecture(architecture, XmlReading.at(type))) {
			xml.attribute(type, "arch");
		}
	}

	/** Makes the hardware section of {@code architecture} when there is none; false when it has another architecture. */
	boolean architecture(Architecture architecture, SourcePosition at) {
		Hardware hardware = platform.getHardware();
		if (hardware == null) {
			hardware = AVP.createHardware();
			hardware.setName("host");
			hardware.setArchitecture(architecture);
			platform.setHardware(hardware);
			report.mapped(hardware, "hardware host (" + architecture.getLiteral() + ")", at);
		}
		return hardware.getArchitecture() == architecture;
	}

	/**
	 * Marks {@code hardware} as described in full by a board description (a device tree): its cores are all there is,
	 * so pinning to a core it does not have finds none instead of adding one.
	 */
	static void described(Hardware hardware) {
		hardware.eAdapters().add(new Described());
	}

	private static boolean isDescribed(Hardware hardware) {
		return hardware.eAdapters().stream().anyMatch(Described.class::isInstance);
	}

	/** Marks a hardware section read from a board description. */
	private static final class Described extends AdapterImpl {
	}

	/**
	 * The host core {@code index} when the hardware section is known (it holds the cores), found in any of its clusters,
	 * or null. A core not there is added to the first cluster, unless the hardware came from a board description.
	 */
	PhysicalCore core(int index, SourcePosition at) {
		Hardware hardware = platform.getHardware();
		if (hardware == null) {
			return null;
		}
		for (CpuCluster cluster : hardware.getClusters()) {
			for (PhysicalCore core : cluster.getCores()) {
				if (core.getIndex() == index) {
					return core;
				}
			}
		}
		if (isDescribed(hardware)) {
			return null;
		}
		if (hardware.getClusters().isEmpty()) {
			CpuCluster cluster = AVP.createCpuCluster();
			cluster.setName("cpus");
			hardware.getClusters().add(cluster);
		}
		CpuCluster cluster = hardware.getClusters().get(0);
		PhysicalCore core = AVP.createPhysicalCore();
		core.setName("cpu" + index);
		core.setIndex(index);
		cluster.getCores().add(core);
		report.mapped(core, "host core cpu" + index, at);
		return core;
	}
}
