// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.arxml;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

import org.avpstudio.model.CpuCluster;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.NetworkSegment;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A platform as an AUTOSAR Adaptive machine manifest (ARXML, R4.x namespace): each VM a {@code MACHINE} with its
 * {@code MACHINE-DESIGN} (Ethernet connectors), processor cores (vCPUs, {@code CORE-ID} the host core pinned to) and
 * an OS module instantiation with one resource group (memory, CPU share); each network an {@code ETHERNET-CLUSTER};
 * the hardware section {@code HW-ELEMENT}s (SoC, clusters, cores, host devices) with their {@code HW-CATEGORY}s.
 * One element per line, two spaces per level; every {@code UUID} is a name-based (version 5) UUID of the element's
 * AUTOSAR path, so an element keeps its UUID across exports. Headless: callers save the text with
 * {@code io.FileSave}.
 */
public final class ArxmlExport {

	/** The AUTOSAR releases written, by the schema file named in {@code xsi:schemaLocation}. */
	public enum Release {
		R20_11("R20-11", "AUTOSAR_00049.xsd"), R21_11("R21-11", "AUTOSAR_00050.xsd"), R22_11("R22-11", "AUTOSAR_00051.xsd"),
		R24_11("R24-11", "AUTOSAR_00053.xsd");

		public static final Release NEWEST = R24_11;

		private final String id;
		private final String schema;

		Release(String id, String schema) {
			this.id = id;
			this.schema = schema;
		}

		public String id() {
			return id;
		}

		public String schema() {
			return schema;
		}

		/** The release named {@code id} ({@code R22-11}), or null. */
		public static Release of(String id) {
			for (Release r : values()) {
				if (r.id.equals(id)) {
					return r;
				}
			}
			return null;
		}
	}

	/** The ARXML text and the parts of the platform that ARXML does not hold (each named, with why). */
	public record Result(String text, List<String> notWritten) {
	}

	/** The namespace of the UUIDs (a fixed, random v4 UUID): changing it would change every UUID. */
	static final UUID UUID_NAMESPACE = UUID.fromString("0b7c6a1e-5d2f-4e83-9a41-3c8f2d6e7b90");

	private final StringBuilder out = new StringBuilder();
	private final List<String> notWritten = new ArrayList<>();
	private final List<String> path = new ArrayList<>();
	private int depth;

	private ArxmlExport() {
	}

	/** {@code platform} as ARXML of {@code release}. */
	public static Result write(Platform platform, Release release) {
		ArxmlExport export = new ArxmlExport();
		export.platform(platform, release);
		return new Result(export.out.toString(), List.copyOf(export.notWritten));
	}

	/**
	 * The problems the XML schema {@code xsd} (the user's AUTOSAR schema: none is shipped) finds in {@code text}, each
	 * {@code name:line:column: message}; empty when valid. Only local files are read for the schema's includes.
	 */
	public static List<String> validate(String text, String name, Path xsd) throws IOException {
		List<String> problems = new ArrayList<>();
		try {
			SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
			Schema schema = factory.newSchema(xsd.toFile());
			Validator validator = schema.newValidator();
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
			validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
			validator.setErrorHandler(new ErrorHandler() {
				@Override
				public void warning(SAXParseException e) {
				}

				@Override
				public void error(SAXParseException e) {
					problems.add(name + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage());
				}

				@Override
				public void fatalError(SAXParseException e) {
					error(e);
				}
			});
			validator.validate(new StreamSource(new StringReader(text)));
		} catch (SAXParseException e) {
			if (problems.isEmpty()) {
				throw new IOException(xsd + ":" + e.getLineNumber() + ":" + e.getColumnNumber() + ": not a usable XML schema: " + e.getMessage());
			}
		} catch (SAXException e) {
			throw new IOException(xsd + ": not a usable XML schema: " + e.getMessage());
		}
		return problems;
	}

	/**
	 * The hardware the platform runs on: its own hardware section, else the one (of an imported platform) its vCPUs are
	 * pinned to or its pass-through devices are in; null when none is known.
	 */
	public static Hardware hardwareOf(Platform platform) {
		if (platform.getHardware() != null) {
			return platform.getHardware();
		}
		for (VirtualMachine vm : platform.getVirtualMachines()) {
			for (VirtualCpu cpu : vm.getVcpus()) {
				if (cpu.getPinnedTo() != null && cpu.getPinnedTo().eContainer() != null && cpu.getPinnedTo().eContainer().eContainer() instanceof Hardware h) {
					return h;
				}
			}
			for (HostDevice device : vm.getPassthrough()) {
				if (device.eContainer() instanceof Hardware h) {
					return h;
				}
			}
		}
		return null;
	}

	/** A version 5 (SHA-1, name-based) UUID of an AUTOSAR path. */
	static UUID uuid(String autosarPath) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			ByteBuffer ns = ByteBuffer.allocate(16).putLong(UUID_NAMESPACE.getMostSignificantBits()).putLong(UUID_NAMESPACE.getLeastSignificantBits());
			sha1.update(ns.array());
			sha1.update(autosarPath.getBytes(StandardCharsets.UTF_8));
			byte[] hash = sha1.digest();
			hash[6] = (byte) (hash[6] & 0x0f | 0x50);
			hash[8] = (byte) (hash[8] & 0x3f | 0x80);
			ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
			return new UUID(b.getLong(), b.getLong());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-1", e);
		}
	}

	// ---- the manifest

	private void platform(Platform platform, Release release) {
		line("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
		open("AUTOSAR xmlns=\"http://autosar.org/schema/r4.0\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" xsi:schemaLocation=\"http://autosar.org/schema/r4.0 "
				+ release.schema() + "\"", "AUTOSAR");
		open("AR-PACKAGES");
		identifiable("AR-PACKAGE", platform.getName());
		open("AR-PACKAGES");
		Hardware hardware = hardwareOf(platform);
		if (hardware != null) {
			hardware(platform.getName(), hardware);
		}
		if (!platform.getNetworks().isEmpty()) {
			networks(platform);
		}
		if (!platform.getVirtualMachines().isEmpty()) {
			designs(platform);
			machines(platform);
		}
		close("AR-PACKAGES");
		closeIdentifiable("AR-PACKAGE");
		close("AR-PACKAGES");
		close("AUTOSAR");
		if (!platform.getImports().isEmpty()) {
			notWritten.add("the imports of " + platform.getName() + " (" + String.join(", ", platform.getImports().stream().map(i -> i.getImportURI()).toList())
					+ "): the hardware they give is written, the files are not named");
		}
		if (platform.getHypervisor() != null) {
			notWritten.add("hypervisor " + platform.getHypervisor().getName() + ": an AUTOSAR machine manifest has no hypervisor");
		}
		if (!platform.getChannels().isEmpty()) {
			notWritten.add(platform.getChannels().size() + " inter-VM channel(s): no AUTOSAR machine manifest element");
		}
		if (!platform.getEmulatedDevices().isEmpty()) {
			notWritten.add(platform.getEmulatedDevices().size() + " emulated device(s): no AUTOSAR machine manifest element");
		}
	}

	private void hardware(String root, Hardware hardware) {
		String categories = "/" + root + "/HardwareCategories/";
		identifiable("AR-PACKAGE", "HardwareCategories");
		open("ELEMENTS");
		category(ArxmlNames.SOC, "architecture", "memory");
		category(ArxmlNames.CLUSTER, "kind");
		category(ArxmlNames.CORE, "index");
		Set<HostDeviceKind> kinds = new LinkedHashSet<>();
		hardware.getHostDevices().forEach(d -> kinds.add(d.getKind()));
		for (HostDeviceKind kind : kinds) {
			category(ArxmlNames.category(kind), "address", "iommuGroup");
		}
		close("ELEMENTS");
		closeIdentifiable("AR-PACKAGE");

		String elements = "/" + root + "/Hardware/";
		identifiable("AR-PACKAGE", "Hardware");
		open("ELEMENTS");
		identifiable("HW-ELEMENT", hardware.getName());
		categoryRef(categories + ArxmlNames.SOC);
		open("HW-ATTRIBUTE-VALUES");
		attribute(categories + ArxmlNames.SOC + "/architecture", hardware.getArchitecture().getLiteral());
		if (hardware.getMemoryMiB() > 0) {
			attribute(categories + ArxmlNames.SOC + "/memory", String.valueOf(hardware.getMemoryMiB()));
		}
		close("HW-ATTRIBUTE-VALUES");
		List<String> nested = new ArrayList<>();
		hardware.getClusters().forEach(c -> nested.add(elements + c.getName()));
		hardware.getHostDevices().forEach(d -> nested.add(elements + d.getName()));
		nestedRefs(nested);
		closeIdentifiable("HW-ELEMENT");
		for (CpuCluster cluster : hardware.getClusters()) {
			identifiable("HW-ELEMENT", cluster.getName());
			categoryRef(categories + ArxmlNames.CLUSTER);
			open("HW-ATTRIBUTE-VALUES");
			attribute(categories + ArxmlNames.CLUSTER + "/kind", cluster.getKind().getLiteral());
			close("HW-ATTRIBUTE-VALUES");
			nestedRefs(cluster.getCores().stream().map(c -> elements + c.getName()).toList());
			closeIdentifiable("HW-ELEMENT");
		}
		for (CpuCluster cluster : hardware.getClusters()) {
			for (PhysicalCore core : cluster.getCores()) {
				identifiable("HW-ELEMENT", core.getName());
				categoryRef(categories + ArxmlNames.CORE);
				open("HW-ATTRIBUTE-VALUES");
				attribute(categories + ArxmlNames.CORE + "/index", String.valueOf(core.getIndex()));
				close("HW-ATTRIBUTE-VALUES");
				closeIdentifiable("HW-ELEMENT");
			}
		}
		for (HostDevice device : hardware.getHostDevices()) {
			String category = categories + ArxmlNames.category(device.getKind());
			identifiable("HW-ELEMENT", device.getName());
			categoryRef(category);
			if (device.getAddress() != null || device.getIommuGroup() != null) {
				open("HW-ATTRIBUTE-VALUES");
				if (device.getAddress() != null) {
					attribute(category + "/address", device.getAddress());
				}
				if (device.getIommuGroup() != null) {
					attribute(category + "/iommuGroup", device.getIommuGroup());
				}
				close("HW-ATTRIBUTE-VALUES");
			}
			closeIdentifiable("HW-ELEMENT");
		}
		close("ELEMENTS");
		closeIdentifiable("AR-PACKAGE");
		if (!hardware.getVirtualizationFeatures().isEmpty() || hardware.isIommu() || hardware.getInterruptController() != null
				&& hardware.eIsSet(hardware.eClass().getEStructuralFeature("interruptController"))) {
			notWritten.add("hardware " + hardware.getName() + ": interrupt controller, IOMMU and virtualization features (no AUTOSAR hardware attribute for them)");
		}
	}

	private void category(String name, String... attributes) {
		identifiable("HW-CATEGORY", name);
		open("HW-ATTRIBUTE-DEFS");
		for (String attribute : attributes) {
			identifiable("HW-ATTRIBUTE-DEF", attribute);
			closeIdentifiable("HW-ATTRIBUTE-DEF");
		}
		close("HW-ATTRIBUTE-DEFS");
		closeIdentifiable("HW-CATEGORY");
	}

	private void categoryRef(String category) {
		open("HW-CATEGORY-REFS");
		ref("HW-CATEGORY-REF", "HW-CATEGORY", category);
		close("HW-CATEGORY-REFS");
	}

	private void attribute(String definition, String value) {
		open("HW-ATTRIBUTE-VALUE");
		ref("HW-ATTRIBUTE-DEF-REF", "HW-ATTRIBUTE-DEF", definition);
		leaf("VT", value);
		close("HW-ATTRIBUTE-VALUE");
	}

	private void nestedRefs(List<String> paths) {
		if (paths.isEmpty()) {
			return;
		}
		open("NESTED-ELEMENT-REFS");
		paths.forEach(p -> ref("NESTED-ELEMENT-REF", "HW-ELEMENT", p));
		close("NESTED-ELEMENT-REFS");
	}

	private void networks(Platform platform) {
		identifiable("AR-PACKAGE", "Networks");
		open("ELEMENTS");
		for (NetworkSegment network : platform.getNetworks()) {
			identifiable("ETHERNET-CLUSTER", network.getName());
			open("ETHERNET-CLUSTER-VARIANTS");
			open("ETHERNET-CLUSTER-CONDITIONAL");
			open("PHYSICAL-CHANNELS");
			identifiable("ETHERNET-PHYSICAL-CHANNEL", "channel");
			List<String[]> endpoints = new ArrayList<>();
			for (VirtualMachine vm : platform.getVirtualMachines()) {
				for (VirtioDevice device : vm.getDevices()) {
					if (device instanceof NetworkDevice net && net.getNetwork() == network) {
						endpoints.add(new String[] { vm.getName(), net.getName() });
					}
				}
			}
			if (!endpoints.isEmpty()) {
				open("NETWORK-ENDPOINTS");
				for (String[] endpoint : endpoints) {
					identifiable("NETWORK-ENDPOINT", endpoint[0] + "_" + endpoint[1]);
					closeIdentifiable("NETWORK-ENDPOINT");
				}
				close("NETWORK-ENDPOINTS");
			}
			closeIdentifiable("ETHERNET-PHYSICAL-CHANNEL");
			close("PHYSICAL-CHANNELS");
			close("ETHERNET-CLUSTER-CONDITIONAL");
			close("ETHERNET-CLUSTER-VARIANTS");
			closeIdentifiable("ETHERNET-CLUSTER");
			if (network.getHostBridge() != null || network.getUplink() != null) {
				notWritten.add("network " + network.getName() + ": its host bridge and uplink (no AUTOSAR cluster attribute for them)");
			}
		}
		close("ELEMENTS");
		closeIdentifiable("AR-PACKAGE");
	}

	private void designs(Platform platform) {
		String networks = "/" + platform.getName() + "/Networks/";
		identifiable("AR-PACKAGE", "MachineDesigns");
		open("ELEMENTS");
		for (VirtualMachine vm : platform.getVirtualMachines()) {
			identifiable("MACHINE-DESIGN", vm.getName());
			List<NetworkDevice> nets = vm.getDevices().stream().filter(NetworkDevice.class::isInstance).map(NetworkDevice.class::cast).toList();
			if (!nets.isEmpty()) {
				open("COMMUNICATION-CONNECTORS");
				for (NetworkDevice net : nets) {
					identifiable("ETHERNET-COMMUNICATION-CONNECTOR", net.getName());
					if (net.getNetwork() != null) {
						open("NETWORK-ENDPOINT-REFS");
						ref("NETWORK-ENDPOINT-REF", "NETWORK-ENDPOINT", networks + net.getNetwork().getName() + "/channel/" + vm.getName() + "_" + net.getName());
						close("NETWORK-ENDPOINT-REFS");
					}
					closeIdentifiable("ETHERNET-COMMUNICATION-CONNECTOR");
					if (net.getMac() != null) {
						notWritten.add("vm " + vm.getName() + " net " + net.getName() + ": MAC " + net.getMac()
								+ " (a machine design's connector has no MAC; it belongs to an ECU's communication controller)");
					}
				}
				close("COMMUNICATION-CONNECTORS");
			}
			closeIdentifiable("MACHINE-DESIGN");
		}
		close("ELEMENTS");
		closeIdentifiable("AR-PACKAGE");
	}

	private void machines(Platform platform) {
		String designs = "/" + platform.getName() + "/MachineDesigns/";
		Hardware hardware = hardwareOf(platform);
		int hostCores = hardware == null ? 0 : hardware.getClusters().stream().mapToInt(c -> c.getCores().size()).sum();
		identifiable("AR-PACKAGE", "Machines");
		open("ELEMENTS");
		for (VirtualMachine vm : platform.getVirtualMachines()) {
			identifiable("MACHINE", vm.getName());
			ref("MACHINE-DESIGN-REF", "MACHINE-DESIGN", designs + vm.getName());
			open("MODULE-INSTANTIATIONS");
			identifiable("OS-MODULE-INSTANTIATION", "os");
			open("RESOURCE-GROUPS");
			identifiable("RESOURCE-GROUP", "budget");
			if (hostCores > 0) {
				leaf("CPU-USAGE", String.valueOf(ArxmlNames.cpuUsage(vm.getVcpus().size(), hostCores)));
			}
			leaf("MEM-USAGE", String.valueOf(vm.getMemoryMiB() * 1024 * 1024));
			closeIdentifiable("RESOURCE-GROUP");
			close("RESOURCE-GROUPS");
			closeIdentifiable("OS-MODULE-INSTANTIATION");
			close("MODULE-INSTANTIATIONS");
			if (!vm.getVcpus().isEmpty()) {
				open("PROCESSORS");
				identifiable("PROCESSOR", "cpu");
				open("CORES");
				for (VirtualCpu cpu : vm.getVcpus()) {
					identifiable("PROCESSOR-CORE", "vcpu" + cpu.getIndex());
					if (cpu.getPinnedTo() != null) {
						leaf("CORE-ID", String.valueOf(cpu.getPinnedTo().getIndex()));
					}
					closeIdentifiable("PROCESSOR-CORE");
				}
				close("CORES");
				closeIdentifiable("PROCESSOR");
				close("PROCESSORS");
			}
			closeIdentifiable("MACHINE");
			List<String> left = new ArrayList<>();
			vm.getDevices().stream().filter(d -> !(d instanceof NetworkDevice)).forEach(d -> left.add(d.eClass().getName() + " " + d.getName()));
			if (vm.getBoot() != null) {
				left.add("boot");
			}
			if (!vm.getPassthrough().isEmpty()) {
				left.add("pass-through of " + String.join(", ", vm.getPassthrough().stream().map(HostDevice::getName).toList()));
			}
			if (vm.getVcpus().stream().anyMatch(VirtualCpu::isExclusive)) {
				left.add("exclusive vCPUs");
			}
			if (!left.isEmpty()) {
				notWritten.add("vm " + vm.getName() + ": " + String.join(", ", left) + " (role, criticality, boot and VIRTIO devices other than net have no"
						+ " element in a machine manifest)");
			}
		}
		close("ELEMENTS");
		closeIdentifiable("AR-PACKAGE");
	}

	// ---- writing: one element per line, two spaces per level

	private void identifiable(String tag, String shortName) {
		path.add(shortName);
		line("<" + tag + " UUID=\"" + uuid("/" + String.join("/", path)) + "\">");
		depth++;
		leaf("SHORT-NAME", shortName);
	}

	private void closeIdentifiable(String tag) {
		path.remove(path.size() - 1);
		close(tag);
	}

	private void open(String tag) {
		open(tag, tag);
	}

	private void open(String start, String tag) {
		line("<" + start + ">");
		depth++;
	}

	private void close(String tag) {
		depth--;
		line("</" + tag + ">");
	}

	private void leaf(String tag, String text) {
		line("<" + tag + ">" + escape(text) + "</" + tag + ">");
	}

	private void ref(String tag, String dest, String target) {
		line("<" + tag + " DEST=\"" + dest + "\">" + escape(target) + "</" + tag + ">");
	}

	private void line(String text) {
		out.append("  ".repeat(Math.max(0, depth))).append(text).append('\n');
	}

	private static String escape(String text) {
		return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
	}
}
