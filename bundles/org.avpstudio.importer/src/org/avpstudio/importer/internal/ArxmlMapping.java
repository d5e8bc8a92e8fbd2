// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.arxml.ArxmlNames;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.CpuCluster;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.NetworkSegment;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The ARXML files of one import mapped into the platform: every element with a {@code SHORT-NAME} is indexed by its
 * AUTOSAR path across all files first, so a reference ({@code <X-REF DEST="X">/Package/Name</X-REF>}) finds its target
 * in whichever file holds it. Then: hardware elements, Ethernet clusters (networks), machines (VMs, with their
 * designs' connectors as net devices), Classic ECU instances (reported as candidates); whatever is left is reported.
 */
final class ArxmlMapping {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	private static final String NOT_MAPPED = "no place in the AVP model";
	private static final long DEFAULT_MEMORY_MIB = 512;
	/** Deeper nesting is refused (a hostile file), so that walking the tree cannot exhaust the stack. */
	private static final int MAX_DEPTH = 128;
	private static final BigInteger MIB = BigInteger.valueOf(1024 * 1024);

	private final Platform platform;
	private final ImportReport report;
	private final XmlReading xml = new XmlReading();
	private final Map<String, Element> byPath = new HashMap<>();
	private final Map<Element, String> pathOf = new HashMap<>();
	private final Map<String, NetworkSegment> networks = new LinkedHashMap<>();
	private final Map<String, PhysicalCore> coresByPath = new HashMap<>();

	ArxmlMapping(Platform platform, ImportReport report) {
		this.platform = platform;
		this.report = report;
	}

	void map(List<Element> roots) {
		List<Element> elements = new ArrayList<>();
		for (Element root : roots) {
			xml.take(root);
			xml.attribute(root, "xmlns");
			xml.attribute(root, "xmlns:xsi");
			xml.attribute(root, "xsi:schemaLocation");
			String release = ArxmlImporter.release(root);
			report.mapped(platform, "ARXML " + (release == null ? "release not named by xsi:schemaLocation" : release), LocatedXml.at(root));
			index(root, "", elements, 0);
		}
		elements.stream().filter(e -> is(e, "HW-ELEMENT")).forEach(this::hardwareElement);
		elements.stream().filter(e -> is(e, "HW-ELEMENT")).forEach(this::hardwareNesting);
		elements.stream().filter(e -> is(e, "HW-CATEGORY")).forEach(this::markAll); // the vocabulary the hardware elements are classified by
		elements.stream().filter(e -> is(e, "ETHERNET-CLUSTER")).forEach(this::cluster);
		elements.stream().filter(e -> is(e, "MACHINE")).forEach(this::machine);
		elements.stream().filter(e -> is(e, "ECU-INSTANCE")).forEach(this::ecuInstance);
		for (Element root : roots) {
			xml.reportUnread(root, NOT_MAPPED, report);
		}
	}

	// packages are structure; each element of a package (ELEMENTS) is a candidate; every SHORT-NAME'd element is indexed
	private void index(Element element, String parentPath, List<Element> elements, int depth) {
		if (depth > MAX_DEPTH) {
			throw new IllegalArgumentException(LocatedXml.at(element).exact() + ": elements nested more than " + MAX_DEPTH + " levels deep; not an ARXML file an AUTOSAR tool writes");
		}
		String path = parentPath;
		Element shortName = first(element, "SHORT-NAME");
		if (shortName != null) {
			path = parentPath + "/" + shortName.getTextContent().trim();
			byPath.putIfAbsent(path, element);
			pathOf.put(element, path);
		}
		if (is(element, "AR-PACKAGE") || is(element, "AR-PACKAGES") || is(element, "TOP-LEVEL-PACKAGES") || is(element, "ELEMENTS")) {
			xml.take(element);
			if (shortName != null) {
				xml.take(shortName);
			}
			xml.attribute(element, "UUID");
		}
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				if (is(element, "ELEMENTS")) {
					elements.add(child);
				}
				index(child, path, elements, depth + 1);
			}
		}
	}

	// ---- hardware

	private void hardwareElement(Element element) {
		String category = category(element);
		String name = shortName(element);
		SourcePosition at = LocatedXml.at(element);
		if (category == null) {
			return;
		}
		String normal = normal(category);
		if (ArxmlNames.SOC_CATEGORIES.contains(normal)) {
			Map<String, Element> values = attributeValues(element);
			Architecture architecture = null;
			Element arch = values.get("architecture");
			if (arch != null) {
				architecture = Architecture.get(value(arch));
				if (architecture == null) {
					report.leftOut(at, "architecture '" + value(arch) + "' of HW-ELEMENT " + name, "not an architecture of the AVP model (x86_64, aarch64, riscv64)");
				} else {
					take(arch);
				}
			}
			Hardware hardware = platform.getHardware();
			if (hardware != null) {
				report.leftOut(at, "HW-ELEMENT " + name + " (" + category + ")", "the platform already has its hardware section ("
						+ hardware.getName() + "); a platform has one");
				return;
			}
			hardware = AVP.createHardware();
			hardware.setName(new AvpNames("hardware").unique(name, at, report));
			hardware.setArchitecture(architecture != null ? architecture : Architecture.AARCH64);
			Element memory = values.get("memory");
			if (memory != null && value(memory).matches("\\d{1,12}")) {
				hardware.setMemoryMiB(Long.parseLong(value(memory)));
				take(memory);
			}
			platform.setHardware(hardware);
			structure(element);
			// its parts (clusters, host devices) are HW-ELEMENTs of their own, read by their categories
			Element nested = xml.child(element, "NESTED-ELEMENT-REFS");
			if (nested != null) {
				for (Element ref : xml.children(nested, "NESTED-ELEMENT-REF")) {
					resolve(ref, "HW-ELEMENT");
				}
			}
			report.mapped(hardware, "hardware " + hardware.getName() + " from HW-ELEMENT of category " + category
					+ (architecture == null ? " (architecture aarch64 assumed: no 'architecture' attribute value)" : ""), at);
		}
	}

	// clusters and cores, host devices: once the hardware section is known
	private void hardwareNesting(Element element) {
		String category = category(element);
		if (category == null) {
			return;
		}
		String normal = normal(category);
		String name = shortName(element);
		SourcePosition at = LocatedXml.at(element);
		Hardware hardware = platform.getHardware();
		if (ArxmlNames.SOC_CATEGORIES.contains(normal)) {
			return;
		}
		if (hardware == null) {
			report.leftOut(at, "HW-ELEMENT " + name + " (" + category + ")", "no HW-ELEMENT of category Soc or Ecu gives the hardware section it belongs to");
			xml.take(element);
			return;
		}
		Map<String, Element> values = attributeValues(element);
		if (ArxmlNames.CLUSTER_CATEGORIES.contains(normal)) {
			CpuCluster cluster = AVP.createCpuCluster();
			AvpNames names = new AvpNames("clusters");
			hardware.getClusters().forEach(c -> names.taken(c.getName()));
			cluster.setName(names.unique(name, at, report));
			Element kind = values.get("kind");
			if (kind != null && org.avpstudio.model.CoreKind.get(value(kind)) != null) {
				cluster.setKind(org.avpstudio.model.CoreKind.get(value(kind)));
				take(kind);
			}
			hardware.getClusters().add(cluster);
			structure(element);
			report.mapped(cluster, "cluster " + cluster.getName(), at);
			Element nested = xml.child(element, "NESTED-ELEMENT-REFS");
			if (nested != null) {
				for (Element ref : xml.children(nested, "NESTED-ELEMENT-REF")) {
					Element core = resolve(ref, "HW-ELEMENT");
					if (core != null && ArxmlNames.CORE_CATEGORIES.contains(normal(String.valueOf(category(core))))) {
						core(core, cluster);
					}
				}
			}
		} else if (ArxmlNames.CORE_CATEGORIES.contains(normal)) {
			// cores no cluster nests: in a cluster "cpus"; those of a cluster were made above (clusters come first in
			// the export, but not necessarily in other files: made when their cluster is read, else here)
			if (!coresByPath.containsKey(pathOf.get(element)) && !nestedInCluster(element)) {
				CpuCluster cluster = hardware.getClusters().stream().filter(c -> c.getName().equals("cpus")).findFirst().orElse(null);
				if (cluster == null) {
					cluster = AVP.createCpuCluster();
					cluster.setName("cpus");
					hardware.getClusters().add(cluster);
				}
				core(element, cluster);
			}
		} else {
			HostDeviceKind kind = ArxmlNames.deviceKind(category);
			if (kind == null) {
				report.leftOut(at, "HW-ELEMENT " + name + " of category " + category, "not a kind of host device of the AVP model");
				xml.take(element);
				return;
			}
			HostDevice device = AVP.createHostDevice();
			AvpNames names = new AvpNames("host devices");
			hardware.getHostDevices().forEach(d -> names.taken(d.getName()));
			device.setName(names.unique(name, at, report));
			device.setKind(kind);
			Element address = values.get("address");
			if (address != null) {
				device.setAddress(value(address));
				take(address);
			}
			Element group = values.get("iommuGroup");
			if (group != null) {
				device.setIommuGroup(value(group));
				take(group);
			}
			hardware.getHostDevices().add(device);
			structure(element);
			report.mapped(device, "host device " + device.getName() + " (" + kind.getLiteral() + ")", at);
		}
	}

	private boolean nestedInCluster(Element core) {
		String path = pathOf.get(core);
		for (Element e : byPath.values()) {
			if (is(e, "HW-ELEMENT") && ArxmlNames.CLUSTER_CATEGORIES.contains(normal(String.valueOf(category(e))))) {
				Element nested = first(e, "NESTED-ELEMENT-REFS");
				if (nested != null) {
					for (Node n = nested.getFirstChild(); n != null; n = n.getNextSibling()) {
						if (n instanceof Element ref && ref.getTextContent().trim().equals(path)) {
							return true;
						}
					}
				}
			}
		}
		return false;
	}

	private void core(Element element, CpuCluster cluster) {
		String path = pathOf.get(element);
		if (coresByPath.containsKey(path)) {
			return;
		}
		SourcePosition at = LocatedXml.at(element);
		Map<String, Element> values = attributeValues(element);
		PhysicalCore core = AVP.createPhysicalCore();
		AvpNames names = new AvpNames("cores");
		platform.getHardware().getClusters().forEach(c -> c.getCores().forEach(k -> names.taken(k.getName())));
		core.setName(names.unique(shortName(element), at, report));
		java.util.Set<Integer> used = new java.util.HashSet<>();
		platform.getHardware().getClusters().forEach(c -> c.getCores().forEach(k -> used.add(k.getIndex())));
		Element index = values.get("index");
		if (index != null && value(index).matches("\\d{1,5}") && !used.contains(Integer.parseInt(value(index)))) {
			core.setIndex(Integer.parseInt(value(index)));
			take(index);
		} else {
			int free = 0;
			while (used.contains(free)) {
				free++;
			}
			core.setIndex(free);
			if (index != null) {
				take(index);
				report.leftOut(LocatedXml.at(index), "index " + value(index) + " of core " + core.getName(), (value(index).matches("\\d{1,5}")
						? "another core already has it" : "not a core index") + "; index " + free + " given");
			}
		}
		cluster.getCores().add(core);
		coresByPath.put(path, core);
		structure(element);
		report.mapped(core, "core " + core.getName() + " index " + core.getIndex(), at);
	}

	/** The short name of the element's first HW-CATEGORY-REF's target (the path's last part when it is not in the files). */
	private String category(Element element) {
		Element refs = first(element, "HW-CATEGORY-REFS");
		Element ref = refs == null ? null : first(refs, "HW-CATEGORY-REF");
		if (ref == null) {
			return null;
		}
		String path = ref.getTextContent().trim();
		return path.substring(path.lastIndexOf('/') + 1);
	}

	/** The element's HW-ATTRIBUTE-VALUEs by the short name of their definition. */
	private Map<String, Element> attributeValues(Element element) {
		Map<String, Element> values = new HashMap<>();
		Element all = first(element, "HW-ATTRIBUTE-VALUES");
		if (all != null) {
			for (Node n = all.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element value && is(value, "HW-ATTRIBUTE-VALUE")) {
					Element def = first(value, "HW-ATTRIBUTE-DEF-REF");
					if (def != null) {
						String path = def.getTextContent().trim();
						values.putIfAbsent(path.substring(path.lastIndexOf('/') + 1), value);
					}
				}
			}
		}
		return values;
	}

	private static String value(Element attributeValue) {
		Element v = first(attributeValue, "VT");
		if (v == null) {
			v = first(attributeValue, "V");
		}
		return v == null ? "" : v.getTextContent().trim();
	}

	// an attribute value read: it, its definition reference and its value
	private void take(Element attributeValue) {
		xml.take(attributeValue.getParentNode() instanceof Element p ? p : attributeValue);
		xml.take(attributeValue);
		Element def = xml.child(attributeValue, "HW-ATTRIBUTE-DEF-REF");
		if (def != null) {
			xml.attribute(def, "DEST");
		}
		xml.child(attributeValue, "VT");
		xml.child(attributeValue, "V");
	}

	// an element mapped as a whole: it, its name, UUID and category
	private void structure(Element element) {
		xml.take(element);
		xml.child(element, "SHORT-NAME");
		xml.attribute(element, "UUID");
		Element refs = xml.child(element, "HW-CATEGORY-REFS");
		if (refs != null) {
			for (Element ref : xml.children(refs, "HW-CATEGORY-REF")) {
				xml.attribute(ref, "DEST");
			}
		}
	}

	// ---- networks

	private void cluster(Element cluster) {
		SourcePosition at = LocatedXml.at(cluster);
		NetworkSegment network = AVP.createNetworkSegment();
		AvpNames names = new AvpNames("networks of the platform");
		platform.getNetworks().forEach(n -> names.taken(n.getName()));
		network.setName(names.unique(shortName(cluster), at, report));
		platform.getNetworks().add(network);
		networks.put(pathOf.get(cluster), network);
		structure(cluster);
		report.mapped(network, "network " + network.getName() + " from ETHERNET-CLUSTER", at);
		Element variants = xml.child(cluster, "ETHERNET-CLUSTER-VARIANTS");
		if (variants == null) {
			return;
		}
		for (Element conditional : xml.children(variants, "ETHERNET-CLUSTER-CONDITIONAL")) {
			Element channels = xml.child(conditional, "PHYSICAL-CHANNELS");
			if (channels == null) {
				continue;
			}
			for (Element channel : xml.children(channels, "ETHERNET-PHYSICAL-CHANNEL")) {
				structure(channel);
				Element endpoints = xml.child(channel, "NETWORK-ENDPOINTS");
				if (endpoints != null) {
					for (Element endpoint : xml.children(endpoints, "NETWORK-ENDPOINT")) {
						structure(endpoint);
					}
				}
			}
		}
	}

	/** The network of the ETHERNET-CLUSTER holding {@code endpoint}, or null. */
	private NetworkSegment networkOf(Element endpoint) {
		for (Node n = endpoint.getParentNode(); n instanceof Element e; n = e.getParentNode()) {
			if (is(e, "ETHERNET-CLUSTER")) {
				return networks.get(pathOf.get(e));
			}
		}
		return null;
	}

	// ---- machines

	private void machine(Element machine) {
		SourcePosition at = LocatedXml.at(machine);
		structure(machine);
		GuestParts guest = new GuestParts(platform, report);
		VirtualMachine vm = guest.add(shortName(machine), at);
		vcpus(machine, guest);
		memory(machine, guest, at);
		Element designRef = xml.child(machine, "MACHINE-DESIGN-REF");
		if (designRef != null) {
			Element design = resolve(designRef, "MACHINE-DESIGN");
			if (design != null) {
				design(design, guest);
			}
		}
		if (vm.getMemoryMiB() == 0) {
			vm.setMemoryMiB(DEFAULT_MEMORY_MIB);
			report.mapped(vm, "vm " + vm.getName() + " memory " + DEFAULT_MEMORY_MIB + " MiB assumed: no RESOURCE-GROUP gives MEM-USAGE", at);
		}
	}

	// PROCESSORS/PROCESSOR/CORES/PROCESSOR-CORE: one vCPU each, pinned to the host core CORE-ID
	private void vcpus(Element machine, GuestParts guest) {
		Element processors = xml.child(machine, "PROCESSORS");
		if (processors == null) {
			return;
		}
		List<Element> cores = new ArrayList<>();
		for (Element processor : xml.children(processors, "PROCESSOR")) {
			structure(processor);
			Element all = xml.child(processor, "CORES");
			if (all != null) {
				for (Element core : xml.children(all, "PROCESSOR-CORE")) {
					structure(core);
					cores.add(core);
				}
			}
		}
		if (cores.size() > GuestParts.MAX_VCPUS) {
			throw new IllegalArgumentException(LocatedXml.at(processors).exact() + ": " + cores.size() + " processor cores; at most " + GuestParts.MAX_VCPUS);
		}
		guest.vcpus(cores.size());
		for (int i = 0; i < cores.size(); i++) {
			Element core = cores.get(i);
			String id = xml.childText(core, "CORE-ID");
			if (id == null) {
				continue;
			}
			SourcePosition coreAt = LocatedXml.at(core);
			if (!id.matches("\\d{1,5}")) {
				report.leftOut(coreAt, "CORE-ID " + id + " of PROCESSOR-CORE " + shortName(core), "not a core index");
				continue;
			}
			if (platform.getHardware() == null) {
				// the host is not described: its cores are made as the pinning names them (aarch64 assumed)
				new HostHardware(platform, report).architecture(Architecture.AARCH64, coreAt);
				report.mapped(platform.getHardware(), "hardware host: aarch64 assumed, no HW-ELEMENT of category Soc gives the architecture", coreAt);
			}
			if (!guest.pin(i, Long.parseLong(id), coreAt)) {
				report.leftOut(coreAt, "CORE-ID " + id + " of PROCESSOR-CORE " + shortName(core), "the hardware has no core with index " + id);
			}
		}
	}

	// MODULE-INSTANTIATIONS/OS-MODULE-INSTANTIATION/RESOURCE-GROUPS/RESOURCE-GROUP: MEM-USAGE (bytes) summed; CPU-USAGE (%)
	private void memory(Element machine, GuestParts guest, SourcePosition at) {
		Element modules = xml.child(machine, "MODULE-INSTANTIATIONS");
		if (modules == null) {
			return;
		}
		BigInteger bytes = BigInteger.ZERO;
		boolean given = false;
		for (Element os : xml.children(modules, "OS-MODULE-INSTANTIATION")) {
			structure(os);
			Element groups = xml.child(os, "RESOURCE-GROUPS");
			if (groups == null) {
				continue;
			}
			for (Element group : xml.children(groups, "RESOURCE-GROUP")) {
				structure(group);
				String mem = xml.childText(group, "MEM-USAGE");
				if (mem != null) {
					if (!mem.matches("\\d{1,20}")) {
						throw new IllegalArgumentException(LocatedXml.at(group).exact() + ": MEM-USAGE '" + mem + "' is not a number of bytes");
					}
					bytes = bytes.add(new BigInteger(mem));
					given = true;
				}
				String cpu = first(group, "CPU-USAGE") == null ? null : first(group, "CPU-USAGE").getTextContent().trim();
				if (cpu != null) {
					cpuBudget(group, cpu, guest.vm);
				}
			}
		}
		if (given) {
			long mib = bytes.add(MIB).subtract(BigInteger.ONE).divide(MIB).longValueExact();
			if (mib < 1) {
				report.leftOut(at, "MEM-USAGE 0 of " + shortName(machine), "a VM needs memory; " + DEFAULT_MEMORY_MIB + " MiB assumed");
				return;
			}
			guest.vm.setMemoryMiB(mib); // the VM is reported once, where it starts
		}
	}

	/**
	 * CPU-USAGE, a share in percent of the host's cores: the model holds a VM's CPU budget as its vCPUs, so the value is
	 * taken when it is the share those vCPUs are of the host cores (what the export writes), else it is reported.
	 */
	private void cpuBudget(Element group, String cpu, VirtualMachine vm) {
		Element element = first(group, "CPU-USAGE");
		int host = platform.getHardware() == null ? 0 : platform.getHardware().getClusters().stream().mapToInt(c -> c.getCores().size()).sum();
		if (host > 0 && cpu.equals(String.valueOf(ArxmlNames.cpuUsage(vm.getVcpus().size(), host)))) {
			xml.take(element); // the share the vCPUs are: nothing to add
		} else {
			xml.take(element);
			report.leftOut(LocatedXml.at(element), "CPU-USAGE " + cpu + " % of RESOURCE-GROUP " + shortName(group),
					"the AVP model budgets a VM's CPU as its vCPUs (PROCESSOR-CORE), not as a share" + (host > 0 ? " (" + vm.getVcpus().size()
							+ " vCPU(s) of " + host + " host cores is " + ArxmlNames.cpuUsage(vm.getVcpus().size(), host) + " %)" : ""));
		}
	}

	// the design's Ethernet connectors: a net device each, on the network of its endpoint's cluster
	private void design(Element design, GuestParts guest) {
		structure(design);
		Element connectors = xml.child(design, "COMMUNICATION-CONNECTORS");
		if (connectors == null) {
			return;
		}
		for (Element connector : xml.children(connectors, "ETHERNET-COMMUNICATION-CONNECTOR")) {
			structure(connector);
			SourcePosition at = LocatedXml.at(connector);
			NetworkDevice net = guest.device(AVP.createNetworkDevice(), shortName(connector), "net", at);
			List<Element> refs = new ArrayList<>();
			Element endpointRefs = xml.child(connector, "NETWORK-ENDPOINT-REFS");
			if (endpointRefs != null) {
				refs.addAll(xml.children(endpointRefs, "NETWORK-ENDPOINT-REF"));
			}
			refs.addAll(xml.children(connector, "UNICAST-NETWORK-ENDPOINT-REF"));
			for (Element ref : refs) {
				Element endpoint = resolve(ref, "NETWORK-ENDPOINT");
				NetworkSegment network = endpoint == null ? null : networkOf(endpoint);
				if (endpoint != null && network == null) {
					report.leftOut(LocatedXml.at(ref), "NETWORK-ENDPOINT " + ref.getTextContent().trim(), "not in an ETHERNET-CLUSTER, so on no network");
				} else if (network != null && net.getNetwork() == null) {
					net.setNetwork(network);
				} else if (network != null && net.getNetwork() != network) {
					report.leftOut(LocatedXml.at(ref), "NETWORK-ENDPOINT " + ref.getTextContent().trim(), "a net device is on one network; it is on "
							+ net.getNetwork().getName());
				}
			}
		}
	}

	// ---- Classic

	private void ecuInstance(Element ecu) {
		List<String> partitions = new ArrayList<>();
		Element all = first(ecu, "PARTITIONS");
		if (all != null) {
			for (Node n = all.getFirstChild(); n != null; n = n.getNextSibling()) {
				if (n instanceof Element p && is(p, "ECU-PARTITION")) {
					partitions.add(shortName(p));
				}
			}
		}
		xml.take(ecu);
		markAll(ecu);
		report.leftOut(LocatedXml.at(ecu), "ECU-INSTANCE " + shortName(ecu) + (partitions.isEmpty() ? " (no partitions)" : " with partitions " + String.join(", ", partitions)),
				"a candidate VM: a Classic ECU is not turned into a VM silently; add it as a vm if it runs on the hypervisor");
	}

	private void markAll(Element element) {
		xml.take(element);
		for (int i = 0; i < element.getAttributes().getLength(); i++) {
			xml.attribute(element, element.getAttributes().item(i).getNodeName());
		}
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element child) {
				markAll(child);
			}
		}
	}

	// ---- references

	/** The element a reference names by its AUTOSAR path, or null (reported) when none of the import's files holds it. */
	private Element resolve(Element ref, String dest) {
		xml.take(ref);
		String given = xml.attribute(ref, "DEST");
		String path = ref.getTextContent().trim();
		SourcePosition at = LocatedXml.at(ref);
		Element target = path.startsWith("/") ? byPath.get(path) : null;
		if (target == null) {
			report.leftOut(at, "<" + ref.getTagName() + "> " + path, path.startsWith("/") ? "names no element of the files of this import: give the file that holds "
					+ path + " in the same import" : "not an absolute AUTOSAR path (/Package/Name); relative references are not resolved");
			return null;
		}
		if (!is(target, dest) || given != null && !given.equals(target.getTagName())) {
			report.leftOut(at, "<" + ref.getTagName() + "> " + path, "names a " + target.getTagName() + ", not a " + dest);
			return null;
		}
		return target;
	}

	// ---- helpers

	private static boolean is(Element element, String tag) {
		return element.getTagName().equals(tag);
	}

	private static Element first(Element parent, String tag) {
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(tag)) {
				return e;
			}
		}
		return null;
	}

	private static String shortName(Element element) {
		Element name = first(element, "SHORT-NAME");
		return name == null ? element.getTagName().toLowerCase(Locale.ROOT) : name.getTextContent().trim();
	}

	static String normal(String category) {
		return category.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
	}
}
