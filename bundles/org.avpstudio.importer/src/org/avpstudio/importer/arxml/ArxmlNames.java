// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.arxml;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.avpstudio.model.HostDeviceKind;

/**
 * What the ARXML import and export agree on: the hardware categories ({@code HW-CATEGORY} short names, compared without
 * case, '-' or '_'), the hardware attribute names and the CPU share a VM's vCPUs are of the host's cores.
 */
public final class ArxmlNames {

	/** Categories of the HW-ELEMENT that is the platform's hardware section. */
	public static final Set<String> SOC_CATEGORIES = Set.of("soc", "ecu", "microcontroller", "board", "hardware");
	public static final Set<String> CLUSTER_CATEGORIES = Set.of("processorcluster", "cpucluster", "cluster");
	public static final Set<String> CORE_CATEGORIES = Set.of("processorcore", "cpucore", "core");

	/** The categories the export writes. */
	public static final String SOC = "Soc";
	public static final String CLUSTER = "ProcessorCluster";
	public static final String CORE = "ProcessorCore";

	private static final Map<String, HostDeviceKind> SYNONYMS = Map.of("ethernet", HostDeviceKind.NETWORK, "ethernetcontroller", HostDeviceKind.NETWORK,
			"cancontroller", HostDeviceKind.CAN, "lincontroller", HostDeviceKind.LIN, "usb", HostDeviceKind.USB_CONTROLLER, "gpio",
			HostDeviceKind.GPIO_CONTROLLER, "flash", HostDeviceKind.STORAGE, "memorycard", HostDeviceKind.STORAGE);

	private ArxmlNames() {
	}

	/** The host-device kind a HW-CATEGORY's short name stands for ({@code UsbController} → usb-controller), or null. */
	public static HostDeviceKind deviceKind(String category) {
		String normal = category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
		for (HostDeviceKind kind : HostDeviceKind.VALUES) {
			if (kind != HostDeviceKind.OTHER && kind.getLiteral().replace("-", "").equals(normal)) {
				return kind;
			}
		}
		if (normal.equals("hostdevice") || normal.equals("other")) {
			return HostDeviceKind.OTHER;
		}
		return SYNONYMS.get(normal);
	}

	/** The category the export gives a host device of {@code kind}: {@code usb-controller} → {@code UsbController}. */
	public static String category(HostDeviceKind kind) {
		StringBuilder name = new StringBuilder();
		for (String part : kind.getLiteral().split("-")) {
			name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
		}
		return name.toString();
	}

	/** A RESOURCE-GROUP's CPU-USAGE (percent, rounded up) for {@code vcpus} of {@code hostCores} cores. */
	public static int cpuUsage(int vcpus, int hostCores) {
		return hostCores <= 0 ? 0 : (int) Math.min(100, (100L * vcpus + hostCores - 1) / hostCores);
	}
}
