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
import org.w3c.dom.Element;

/**
 * The host as far as domain XML tells it: its architecture (a domain's {@code <os><type arch>}) and the host CPUs its
 * vCPUs are pinned to ({@code <vcpupin cpuset='N'>}), as the platform's {@code hardware host} with one cluster of cores.
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

	/** The host core {@code index} when the hardware section is known (it holds the cores), or null. */
	PhysicalCore core(int index, SourcePosition at) {
		Hardware hardware = platform.getHardware();
		if (hardware == null) {
			return null;
		}
		if (hardware.getClusters().isEmpty()) {
			CpuCluster cluster = AVP.createCpuCluster();
			cluster.setName("cpus");
			hardware.getClusters().add(cluster);
		}
		CpuCluster cluster = hardware.getClusters().get(0);
		for (PhysicalCore core : cluster.getCores()) {
			if (core.getIndex() == index) {
				return core;
			}
		}
		PhysicalCore core = AVP.createPhysicalCore();
		core.setName("cpu" + index);
		core.setIndex(index);
		cluster.getCores().add(core);
		report.mapped(core, "host core cpu" + index, at);
		return core;
	}
}
