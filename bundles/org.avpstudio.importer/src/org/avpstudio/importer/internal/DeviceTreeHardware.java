// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.DeviceTree.Cell;
import org.avpstudio.importer.internal.DeviceTree.Node;
import org.avpstudio.importer.internal.DeviceTree.Property;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.CoreKind;
import org.avpstudio.model.CpuCluster;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.InterruptController;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;

/**
 * A board's device tree into the platform's hardware section: the architecture (from the CPUs' {@code compatible}
 * and {@code enable-method}), the memory ({@code /memory} nodes' {@code reg}), the CPU clusters and their cores
 * ({@code /cpus/cpu-map}, else one cluster of the {@code cpu} nodes), the GIC version, whether an IOMMU is there
 * (a node with {@code #iommu-cells}) and the devices guests may be given (by {@code compatible}, with the node path as
 * address and the {@code iommus} stream ids as IOMMU group). Every node with no place in the model is reported as
 * left out, once with its subnodes when none of them is mapped; every property of a mapped node that the model
 * cannot hold is reported once per node.
 */
final class DeviceTreeHardware {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	private static final long MIB = 1024 * 1024;
	// CPUs that run AArch64: Arm's v8/v9 cores and the vendors' own
	private static final Pattern AARCH64_CPU = Pattern.compile("arm,(armv8|armv9|cortex-a(3[45]|5[357]|6[05]|7[2-9]|[57]\\d\\d)(ae|c)?|cortex-x\\d+c?|neoverse-.*)"
			+ "|qcom,(kryo.*|oryon.*|falkor|qcom-kryo.*)|nvidia,(denver|carmel)|apple,.*|cavium,thunder.*|brcm,(vulcan|brahma-b53)|fujitsu,a64fx"
			+ "|marvell,.*-a\\d+|phytium,.*|hisilicon,tsv\\d+|samsung,mongoose.*");
	private static final Pattern LITTLE_CPU = Pattern.compile("arm,cortex-a(3[45]|5[35]|5[12]0)");
	private static final Set<String> GIC_V3 = Set.of("arm,gic-v3", "qcom,msm8996-gic-v3");
	private static final Set<String> GIC_V2 = Set.of("arm,gic-400", "arm,cortex-a15-gic", "arm,cortex-a7-gic", "qcom,msm-qgic2",
			"nvidia,tegra210-agic", "arm,pl390");
	private static final Pattern NOT_A_DEVICE = Pattern.compile(
			"phy|pinctrl|pinmux|clock|clk|-pll|reset|syscon|power-controller|regulator|interconnect|-noc|simple-bus|simple-mfd|-bus$|pmu|mailbox|hwlock|tcsr|smmu|iommu|ipmmu|-gic|interrupt");
	// nodes whose name says they serve other devices (a PHY, a clock or power controller) rather than being one
	private static final Pattern NOT_A_DEVICE_NAME = Pattern.compile(".*(phy|clock-controller|pinctrl|pin-controller|power-controller|reset-controller"
			+ "|interrupt-controller|syscon|regulator|mailbox|interconnect|system-controller).*");
	private static final Map<HostDeviceKind, Pattern> KINDS = kinds();

	private final Path file;
	private final DeviceTree tree;
	private final Platform platform;
	private final ImportReport report;
	private final Set<Node> taken = Collections.newSetFromMap(new IdentityHashMap<>());
	private final Map<Node, Set<String>> read = new IdentityHashMap<>();
	private final Map<Node, String> reasons = new IdentityHashMap<>();
	private final AvpNames names = new AvpNames("hardware names of the platform");
	private Hardware hardware;

	DeviceTreeHardware(Path file, DeviceTree tree, Platform platform, ImportReport report) {
		this.file = file;
		this.tree = tree;
		this.platform = platform;
		this.report = report;
	}

	private static Map<HostDeviceKind, Pattern> kinds() {
		Map<HostDeviceKind, Pattern> kinds = new LinkedHashMap<>();
		kinds.put(HostDeviceKind.CAN, Pattern.compile("(^|[,_-])(m_)?can(fd)?($|[,_-]|\\d)|canfd|flexcan|mcp251"));
		kinds.put(HostDeviceKind.LIN, Pattern.compile("(^|[,-])r?lin(\\d|$|-)|rlin3"));
		kinds.put(HostDeviceKind.WIFI, Pattern.compile("wifi|wlan|wcn\\d|ath1[01]k|bcm43|-fmac"));
		kinds.put(HostDeviceKind.NETWORK, Pattern.compile("ethernet|ether|dwmac|eqos|ethqos|emac|macb|stmmac|ravb|rswitch|tsn|gmac|[,-]fec($|-)|,gem"));
		kinds.put(HostDeviceKind.STORAGE, Pattern.compile("sdhci|sdhc|sdhi|mmc|ufs|ahci|sata|nvme|nand|rpc-if|spi-nor"));
		kinds.put(HostDeviceKind.USB_CONTROLLER, Pattern.compile("usb|xhci|ehci|ohci|dwc[23]|musb"));
		kinds.put(HostDeviceKind.GPU, Pattern.compile("gpu|mali|adreno|powervr|vivante|galcore|,gc\\d"));
		kinds.put(HostDeviceKind.DISPLAY, Pattern.compile("display|mdss|dpu|mdp\\d|,du-|-du$|hdmi|dsi|lvds|lcdc|,vop|,dss"));
		kinds.put(HostDeviceKind.AUDIO, Pattern.compile("sound|audio|i2s|spdif|lpass|[,-]sai($|-)|rcar_sound|soundwire|slim"));
		kinds.put(HostDeviceKind.CAMERA, Pattern.compile("camera|camss|csi2|,vin-|-vin$|[,-]isp($|-)|,cci($|-)"));
		kinds.put(HostDeviceKind.CODEC, Pattern.compile("venus|vpu|video-codec|vcodec|jpeg|hantro|,mfc|vdec|venc"));
		kinds.put(HostDeviceKind.CRYPTO, Pattern.compile("crypto|[,-]qce|caam|(^|[,-])(t|p|hw)?rng($|-|\\d)|(^|[,-])ice($|-)"));
		kinds.put(HostDeviceKind.WATCHDOG, Pattern.compile("wdt|watchdog|wdog|sp805"));
		kinds.put(HostDeviceKind.GPIO_CONTROLLER, Pattern.compile("gpio"));
		kinds.put(HostDeviceKind.SENSOR, Pattern.compile("thermal|tsens|temp|sensor|accel|gyro|,adc|-adc"));
		return kinds;
	}

	void read() throws ImportException {
		Node root = tree.root;
		if (platform.getHardware() != null) {
			SourcePosition other = report.origin(platform.getHardware());
			report.leftOut(root.at, "device tree " + file.getFileName(), "the platform's hardware section is already described"
					+ (other != null ? " by " + other : "") + "; a platform has one (give the board's tree first, or with --hardware)");
			return;
		}
		List<Node> cpus = cpus();
		hardware = AVP.createHardware();
		hardware.setArchitecture(architecture(cpus));
		platform.getVirtualMachines().forEach(vm -> names.taken(vm.getName()));
		String board = root.strings("compatible").stream().findFirst().map(c -> c.substring(c.indexOf(',') + 1)).orElse("board");
		hardware.setName(names.unique(board, root.at, report));
		platform.setHardware(hardware);
		HostHardware.described(hardware);
		report.mapped(hardware, "hardware " + hardware.getName() + " (" + hardware.getArchitecture().getLiteral() + ")", root.at);
		take(root, "compatible", "#address-cells", "#size-cells");
		memory();
		clusters(cpus);
		interruptController();
		iommus();
		hostDevices(root);
		for (DeviceTree.Reservation r : tree.reservations) {
			report.leftOut(r.at(), String.format("/memreserve/ 0x%x 0x%x", r.address(), r.size()), "memory kept from the OS: no place in the AVP model");
		}
		leftOut(root);
	}

	// ---------------------------------------------------------------- architecture and CPUs

	private List<Node> cpus() {
		Node cpus = tree.at("/cpus");
		if (cpus == null) {
			return List.of();
		}
		List<Node> nodes = new ArrayList<>(cpus.children.values().stream()
				.filter(n -> "cpu".equals(n.string("device_type")) || n.baseName().equals("cpu") && n.property("reg") != null).toList());
		// Linux numbers the CPUs in tree order, the boot CPU (reg 0) first
		nodes.stream().filter(n -> reg(n) == 0).findFirst().ifPresent(boot -> {
			nodes.remove(boot);
			nodes.add(0, boot);
		});
		return nodes;
	}

	private Architecture architecture(List<Node> cpus) throws ImportException {
		for (Node cpu : cpus) {
			for (String compatible : cpu.strings("compatible")) {
				if (AARCH64_CPU.matcher(compatible).matches() || "spin-table".equals(cpu.string("enable-method"))) {
					return Architecture.AARCH64;
				}
				if (compatible.equals("riscv")) {
					String isa = cpu.string("riscv,isa") != null ? cpu.string("riscv,isa") : cpu.string("riscv,isa-base");
					String mmu = cpu.string("mmu-type");
					if (isa != null && isa.startsWith("rv64") || mmu != null && mmu.matches("riscv,sv(39|48|57)")) {
						return Architecture.RISCV64;
					}
				}
			}
		}
		SourcePosition at = cpus.isEmpty() ? tree.root.at : cpus.get(0).at;
		String what = cpus.isEmpty() ? "no /cpus/cpu nodes" : "CPUs compatible with " + cpus.get(0).strings("compatible");
		throw new ImportException(at.exact() + ": " + what + ": not an architecture the AVP model knows (aarch64, riscv64, x86_64); "
				+ "the hardware section needs one");
	}

	private long reg(Node node) {
		Property reg = node.property("reg");
		List<Cell> cells = reg == null ? null : reg.cells();
		if (cells == null || cells.isEmpty()) {
			return -1;
		}
		long value = 0;
		for (Cell c : cells) {
			value = value << 32 | c.value();
		}
		return value;
	}

	private void clusters(List<Node> cpus) {
		if (cpus.isEmpty()) {
			return;
		}
		take(tree.at("/cpus"), "#address-cells", "#size-cells");
		Map<Node, Integer> index = new IdentityHashMap<>();
		for (Node cpu : cpus) {
			index.put(cpu, index.size());
		}
		Node map = tree.at("/cpus/cpu-map");
		Map<String, List<Node>> clusters = new LinkedHashMap<>();
		Map<String, Node> origins = new LinkedHashMap<>();
		if (map != null) {
			take(map);
			clusterNodes(map, "", index, clusters, origins);
		}
		Set<Node> placed = Collections.newSetFromMap(new IdentityHashMap<>());
		clusters.values().forEach(placed::addAll);
		if (clusters.isEmpty()) {
			clusters.put("cpus", cpus);
			origins.put("cpus", tree.at("/cpus"));
		} else {
			for (Node cpu : cpus) {
				if (!placed.contains(cpu)) {
					reasons.put(cpu, "a CPU that /cpus/cpu-map does not place in a cluster");
				}
			}
		}
		Map<String, CoreKind> kinds = kinds(clusters);
		for (Map.Entry<String, List<Node>> entry : clusters.entrySet()) {
			CpuCluster cluster = AVP.createCpuCluster();
			Node origin = origins.get(entry.getKey());
			// a leaf cluster is named after its own node (cluster0 of socket0/cluster0)
			cluster.setName(names.unique(entry.getKey().substring(entry.getKey().lastIndexOf('/') + 1), origin.at, report));
			if (kinds.get(entry.getKey()) != CoreKind.UNIFORM) {
				cluster.setKind(kinds.get(entry.getKey()));
			}
			hardware.getClusters().add(cluster);
			report.mapped(cluster, "cluster " + cluster.getName() + (cluster.getKind() != CoreKind.UNIFORM ? " (" + cluster.getKind().getLiteral() + ")" : ""), origin.at);
			for (Node cpu : entry.getValue()) {
				PhysicalCore core = AVP.createPhysicalCore();
				int n = index.get(cpu);
				core.setName(names.unique(cpu.labels.isEmpty() ? "cpu" + n : cpu.labels.get(0), cpu.at, report));
				core.setIndex(n);
				cluster.getCores().add(core);
				report.mapped(core, "core " + core.getName() + " index " + n + " (" + cpu.path() + String.format(", reg 0x%x)", reg(cpu)), cpu.at);
				take(cpu, "device_type", "reg", "compatible", "enable-method");
			}
		}
	}

	// the leaf clusters of cpu-map (socketN/clusterN/.../coreN/threadN), each with its CPUs
	private void clusterNodes(Node node, String prefix, Map<Node, Integer> index, Map<String, List<Node>> clusters, Map<String, Node> origins) {
		for (Node child : node.children.values()) {
			if (child.name.matches("core\\d+")) {
				List<Node> threads = child.children.isEmpty() ? List.of(child) : List.copyOf(child.children.values());
				take(child);
				for (Node thread : threads) {
					take(thread);
					Property cpu = thread.property("cpu");
					List<Cell> cells = cpu == null ? null : cpu.cells();
					Node target = cells == null || cells.size() != 1 ? null : tree.node(cells.get(0));
					boolean placed = clusters.values().stream().anyMatch(l -> l.contains(target));
					if (target != null && index.containsKey(target) && !placed) {
						read(thread).add("cpu");
						String name = prefix.isEmpty() ? node.name : prefix;
						clusters.computeIfAbsent(name, k -> new ArrayList<>()).add(target);
						origins.putIfAbsent(name, node);
					}
				}
			} else if (child.name.matches("(socket|cluster)\\d+")) {
				take(child);
				clusterNodes(child, prefix.isEmpty() ? child.name : prefix + "/" + child.name, index, clusters, origins);
			}
		}
	}

	// big and little clusters: by capacity-dmips-mhz when every CPU has it, else by the cores Arm calls little
	private Map<String, CoreKind> kinds(Map<String, List<Node>> clusters) {
		Map<String, CoreKind> kinds = new LinkedHashMap<>();
		Map<String, Long> capacity = new LinkedHashMap<>();
		boolean measured = clusters.values().stream().flatMap(List::stream).allMatch(c -> c.number("capacity-dmips-mhz", -1) > 0);
		for (Map.Entry<String, List<Node>> e : clusters.entrySet()) {
			long value = measured ? e.getValue().stream().mapToLong(c -> c.number("capacity-dmips-mhz", 0)).max().orElse(0)
					: e.getValue().stream().allMatch(c -> c.strings("compatible").stream().anyMatch(s -> LITTLE_CPU.matcher(s).matches())) ? 0 : 1;
			capacity.put(e.getKey(), value);
		}
		Set<Long> distinct = new HashSet<>(capacity.values());
		long smallest = distinct.stream().mapToLong(Long::longValue).min().orElse(0);
		for (Map.Entry<String, Long> e : capacity.entrySet()) {
			kinds.put(e.getKey(), distinct.size() < 2 ? CoreKind.UNIFORM : e.getValue() == smallest ? CoreKind.LITTLE : CoreKind.BIG);
		}
		if (measured && distinct.size() >= 2) {
			clusters.values().forEach(list -> list.forEach(c -> read(c).add("capacity-dmips-mhz")));
		}
		return kinds;
	}

	// ---------------------------------------------------------------- memory, interrupt controller, IOMMU

	private void memory() {
		long cellsAddress = tree.root.number("#address-cells", 2);
		long cellsSize = tree.root.number("#size-cells", 1);
		long bytes = 0;
		SourcePosition first = null;
		for (Node node : tree.root.children.values()) {
			if (!"memory".equals(node.string("device_type")) && !node.baseName().equals("memory")) {
				continue;
			}
			Property reg = node.property("reg");
			List<Cell> cells = reg == null ? null : reg.cells();
			long stride = cellsAddress + cellsSize;
			if (!node.enabled() || cells == null || cells.isEmpty() || stride == 0 || cells.size() % stride != 0 || cellsSize > 2 || cellsAddress > 2) {
				reasons.put(node, node.enabled() ? "a memory node whose reg the importer cannot read" : "status " + node.string("status"));
				continue;
			}
			long size = 0;
			for (int i = 0; i < cells.size(); i += (int) stride) {
				long bank = 0;
				for (int j = 0; j < cellsSize; j++) {
					bank = bank << 32 | cells.get(i + (int) cellsAddress + j).value();
				}
				size += bank;
			}
			if (size == 0) {
				reasons.put(node, "its reg gives no size (the boot loader fills it in): the memory size is not known");
				continue;
			}
			bytes += size;
			take(node, "device_type", "reg");
			first = first == null ? node.at : first;
		}
		if (first != null) {
			hardware.setMemoryMiB((bytes + MIB - 1) / MIB);
			report.mapped(hardware, "memory " + hardware.getMemoryMiB() + " MiB", first);
		}
	}

	private void interruptController() {
		java.util.function.Predicate<Node> isGic = n -> n != null && n.property("interrupt-controller") != null
				&& n.strings("compatible").stream().anyMatch(c -> GIC_V3.contains(c) || GIC_V2.contains(c));
		// the GIC the root's interrupt-parent names (the CPUs'), else the first one in the tree
		Property rootParent = tree.root.property("interrupt-parent");
		List<Cell> rootCells = rootParent == null ? null : rootParent.cells();
		Node named = rootCells != null && rootCells.size() == 1 ? tree.node(rootCells.get(0)) : null;
		Node gic = isGic.test(named) ? named : find(tree.root, isGic);
		if (gic == null) {
			return;
		}
		boolean v3 = gic.strings("compatible").stream().anyMatch(GIC_V3::contains);
		hardware.setInterruptController(v3 ? InterruptController.GICV3 : InterruptController.GICV2);
		report.mapped(hardware, "interrupt-controller " + hardware.getInterruptController().getLiteral() + " (" + gic.path() + ")", gic.at);
		take(gic, "compatible", "interrupt-controller");
		Property parent = tree.root.property("interrupt-parent");
		List<Cell> cells = parent == null ? null : parent.cells();
		if (cells != null && cells.size() == 1 && tree.node(cells.get(0)) == gic) {
			read(tree.root).add("interrupt-parent");
		}
	}

	private void iommus() {
		List<Node> iommus = new ArrayList<>();
		collect(tree.root, n -> n.property("#iommu-cells") != null, iommus);
		for (Node iommu : iommus) {
			if (!iommu.enabled()) {
				reasons.put(iommu, "status " + iommu.string("status"));
				continue;
			}
			hardware.setIommu(true);
			report.mapped(hardware, "iommu " + iommu.strings("compatible") + " (" + iommu.path() + ")", iommu.at);
			take(iommu, "compatible", "#iommu-cells");
		}
	}

	// ---------------------------------------------------------------- host devices

	private void hostDevices(Node node) {
		for (Node child : node.children.values()) {
			if (taken.contains(child) || child == tree.at("/cpus") || child == tree.at("/reserved-memory")) {
				continue;
			}
			HostDeviceKind kind = kind(child);
			if (kind != null) {
				if (!child.enabled()) {
					reasons.put(child, "status " + child.string("status") + ": the board does not use it");
				} else if (child.property("reg") == null) {
					reasons.put(child, "a " + kind.getLiteral() + " without registers (reg), not a device a guest can be given");
				} else if (!memoryMapped(child)) {
					reasons.put(child, "a " + kind.getLiteral() + " on a bus the CPUs do not address directly (" + child.parent.path()
							+ " has no ranges): not a device a guest can be given");
				} else {
					hostDevice(child, kind);
					continue;
				}
			}
			hostDevices(child);
		}
	}

	private void hostDevice(Node node, HostDeviceKind kind) {
		HostDevice device = AVP.createHostDevice();
		String unit = node.name.contains("@") ? "_" + node.name.substring(node.name.indexOf('@') + 1) : "";
		device.setName(names.unique(node.labels.isEmpty() ? node.baseName() + unit : node.labels.get(0), node.at, report));
		device.setKind(kind);
		device.setAddress(node.path());
		take(node, "compatible", "reg", "status");
		Property iommus = node.property("iommus");
		List<Cell> cells = iommus == null ? null : iommus.cells();
		if (cells != null && !cells.isEmpty()) {
			List<String> streams = new ArrayList<>();
			for (int i = 0; i < cells.size();) {
				Node iommu = tree.node(cells.get(i));
				long width = iommu == null ? -1 : iommu.number("#iommu-cells", -1);
				if (width < 0 || i + 1 + width > cells.size()) {
					streams = null;
					break;
				}
				StringBuilder stream = new StringBuilder(iommu.name);
				for (int j = 0; j < width; j++) {
					stream.append(j == 0 ? ":" : ",").append(String.format("0x%x", cells.get(i + 1 + j).value()));
				}
				streams.add(stream.toString());
				i += 1 + (int) width;
			}
			if (streams != null) {
				device.setIommuGroup(String.join(" ", streams));
				read(node).add("iommus");
			}
		}
		hardware.getHostDevices().add(device);
		report.mapped(device, "host-device " + device.getName() + " (" + kind.getLiteral() + ", " + node.strings("compatible") + ")", node.at);
	}

	// its registers are in the CPUs' address space: every bus above it translates addresses (ranges)
	private static boolean memoryMapped(Node node) {
		for (Node bus = node.parent; bus.parent != null; bus = bus.parent) {
			if (bus.property("ranges") == null) {
				return false;
			}
		}
		return true;
	}

	private static HostDeviceKind kind(Node node) {
		List<String> compatible = node.strings("compatible");
		if (compatible.isEmpty() || NOT_A_DEVICE_NAME.matcher(node.baseName()).matches()
				|| compatible.stream().anyMatch(c -> NOT_A_DEVICE.matcher(c).find())) {
			return null;
		}
		for (String c : compatible) {
			for (Map.Entry<HostDeviceKind, Pattern> kind : KINDS.entrySet()) {
				if (kind.getKey() == HostDeviceKind.GPIO_CONTROLLER && node.property("gpio-controller") == null) {
					continue;
				}
				if (kind.getValue().matcher(c.toLowerCase()).find()) {
					return kind.getKey();
				}
			}
		}
		return null;
	}

	// ---------------------------------------------------------------- what has no place in the model

	private void take(Node node, String... properties) {
		taken.add(node);
		Set<String> names = read(node);
		names.addAll(List.of(properties));
		names.addAll(List.of("phandle", "linux,phandle", "#address-cells", "#size-cells"));
		if (node.enabled()) {
			names.add("status");
		}
	}

	private Set<String> read(Node node) {
		return read.computeIfAbsent(node, n -> new HashSet<>());
	}

	private void leftOut(Node node) {
		if (taken.contains(node)) {
			List<String> unread = node.properties.keySet().stream().filter(p -> !read(node).contains(p)).toList();
			if (!unread.isEmpty()) {
				report.leftOut(node.properties.get(unread.get(0)).at, node.path() + " " + String.join(", ", unread), "properties with no place in the AVP model");
			}
			node.children.values().forEach(this::leftOut);
			return;
		}
		int mapped = count(node, true);
		String compatible = node.strings("compatible").isEmpty() ? "" : " (" + String.join(", ", node.strings("compatible")) + ")";
		String why = reasons.getOrDefault(node, "no place in the AVP model");
		if (mapped == 0) {
			int below = count(node, false) - 1;
			report.leftOut(node.at, "node " + node.path() + compatible + (below > 0 ? " and its " + below + " subnode" + (below > 1 ? "s" : "") : ""), why);
			return;
		}
		if (!node.properties.isEmpty()) {
			report.leftOut(node.at, "node " + node.path() + compatible + " (its properties " + String.join(", ", node.properties.keySet()) + ")", why);
		}
		node.children.values().forEach(this::leftOut);
	}

	// the nodes of node's subtree (itself included): those taken, or all
	private int count(Node node, boolean takenOnly) {
		int n = !takenOnly || taken.contains(node) ? 1 : 0;
		for (Node child : node.children.values()) {
			n += count(child, takenOnly);
		}
		return n;
	}

	private static Node find(Node node, java.util.function.Predicate<Node> test) {
		if (test.test(node)) {
			return node;
		}
		for (Node child : node.children.values()) {
			Node found = find(child, test);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private static void collect(Node node, java.util.function.Predicate<Node> test, List<Node> into) {
		if (test.test(node)) {
			into.add(node);
		}
		node.children.values().forEach(c -> collect(c, test, into));
	}
}
