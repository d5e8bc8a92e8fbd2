// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.arxml.ArxmlExport;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * ARXML imported (the project's fixtures, written to the AUTOSAR element structure, one per mapping; the files of
 * ../shared/corpus/arxml, skipped with a printed reason when absent) and exported (releases, stable UUIDs, one element
 * per line, validation against a user's XSD, and the round trip export → import giving the same VMs, vCPUs and pinning,
 * memory and networks).
 */
public class ArxmlImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static Path arxml(String name) {
		return Fixtures.resource("arxml/" + name);
	}

	private static VirtualMachine vm(Platform platform, String name) {
		return platform.getVirtualMachines().stream().filter(v -> v.getName().equals(name)).findFirst().orElseThrow(() -> new AssertionError("no vm " + name));
	}

	private static List<String> left(ImportReport report) {
		return report.leftOut().stream().map(Object::toString).toList();
	}

	@Test
	public void aMachineManifestMapsFully() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("zone", List.of(arxml("machine-manifest.arxml")), null);
		assertEquals(left(imported.report()).toString(), List.of(), imported.report().leftOut());
		Platform platform = imported.platform();
		// HW-ELEMENT (category Soc) → hardware with its attribute values; ProcessorCore → cores; EthernetController → host device
		assertEquals("zc_soc", platform.getHardware().getName());
		assertEquals(Architecture.AARCH64, platform.getHardware().getArchitecture());
		assertEquals(4096, platform.getHardware().getMemoryMiB());
		assertEquals(4, platform.getHardware().getClusters().get(0).getCores().size());
		assertEquals(3, platform.getHardware().getClusters().get(0).getCores().get(3).getIndex());
		assertEquals(HostDeviceKind.NETWORK, platform.getHardware().getHostDevices().get(0).getKind());
		assertEquals("eth_phy0", platform.getHardware().getHostDevices().get(0).getName());
		// MACHINE → VM; PROCESSOR-CORE (CORE-ID) → vCPUs pinned; RESOURCE-GROUP MEM-USAGE → memory
		VirtualMachine gateway = vm(platform, "Gateway");
		assertEquals(512, gateway.getMemoryMiB());
		assertEquals(List.of("core2", "core3"), gateway.getVcpus().stream().map(c -> c.getPinnedTo().getName()).toList());
		VirtualMachine hmi = vm(platform, "Hmi");
		assertEquals(1024, hmi.getMemoryMiB()); // two resource groups: 768 + 256 MiB
		assertEquals(0, hmi.getVcpus().get(0).getPinnedTo().getIndex());
		// ETHERNET-CLUSTER → network; the design's ETHERNET-COMMUNICATION-CONNECTOR → net device on it
		assertEquals(List.of("ZoneBackbone"), platform.getNetworks().stream().map(n -> n.getName()).toList());
		NetworkDevice eth = (NetworkDevice) gateway.getDevices().get(0);
		assertEquals("eth0", eth.getName());
		assertEquals("ZoneBackbone", eth.getNetwork().getName());
		assertEquals("ZoneBackbone", ((NetworkDevice) hmi.getDevices().get(0)).getNetwork().getName());
		assertEquals("machine-manifest.arxml:165", imported.report().origin(gateway).toString());
		assertTrue(imported.report().mapped().stream().anyMatch(m -> m.what().equals("ARXML R22-11")));
		// CPU-USAGE 50 is the share 2 vCPUs are of 4 cores: taken (not left out), no element of its own
		assertEquals(1, imported.report().mapped().stream().filter(m -> m.element() == gateway).count());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void referencesResolveAcrossTheFilesOfOneImportAndAByteOrderMarkIsRead() throws Exception {
		// the machine (with a BOM) refers to a design in a second file, whose connector refers to an endpoint in a third
		assertEquals(0xEF, Files.readAllBytes(arxml("split-machine.arxml"))[0] & 0xFF);
		PlatformImport.Result imported = PlatformImport.read("car", List.of(arxml("split-machine.arxml"), arxml("split-design.arxml"),
				arxml("split-network.arxml")), null);
		assertEquals(left(imported.report()).toString(), List.of(), imported.report().leftOut());
		VirtualMachine vm = vm(imported.platform(), "Telematics");
		assertEquals(256, vm.getMemoryMiB());
		assertEquals(1, vm.getVcpus().get(0).getPinnedTo().getIndex());
		assertEquals("Vehicle", ((NetworkDevice) vm.getDevices().get(0)).getNetwork().getName());
		assertEquals("split-design.arxml:10", imported.report().origin(vm.getDevices().get(0)).toString());
		Fixtures.written(imported, tmp.getRoot().toPath());
		// the same file alone: the design is not there, and the report says where the reference is
		PlatformImport.Result alone = PlatformImport.read("car", List.of(arxml("split-machine.arxml")), "arxml");
		assertTrue(left(alone.report()).toString(),
				left(alone.report()).stream().anyMatch(l -> l.startsWith("split-machine.arxml:9: <MACHINE-DESIGN-REF> /Designs/TelematicsDesign")
						&& l.contains("give the file that holds /Designs/TelematicsDesign in the same import")));
	}

	@Test
	public void classicEcuInstancesAreCandidatesNotVms() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("body", List.of(arxml("classic-ecus.arxml")), null);
		assertEquals(0, imported.platform().getVirtualMachines().size());
		List<String> left = left(imported.report());
		assertTrue(left.toString(), left.stream().anyMatch(l -> l.startsWith("classic-ecus.arxml:7: ECU-INSTANCE BodyController with partitions QmPartition, AsilPartition")
				&& l.contains("candidate VM")));
		assertTrue(left.toString(), left.stream().anyMatch(l -> l.startsWith("classic-ecus.arxml:18: ECU-INSTANCE DoorModule (no partitions)")));
		assertTrue(left.toString(), left.stream().anyMatch(l -> l.startsWith("classic-ecus.arxml:21: <CAN-CLUSTER>")));
		assertEquals(left.toString(), 3, left.size());
	}

	@Test
	public void whatHasNoPlaceIsListedWithItsLine() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("adas", List.of(arxml("leftovers.arxml")), null);
		List<String> left = left(imported.report());
		for (String expected : List.of("leftovers.arxml:9: <DEFAULT-APPLICATION-TIMEOUT>", "leftovers.arxml:12: <MACHINE-DESIGN-REF> /Elsewhere/AdasDesign",
				"leftovers.arxml:19: CPU-USAGE 30 % of RESOURCE-GROUP Perception", "leftovers.arxml:26: <MACHINE-DESIGN>")) {
			assertTrue(expected + " in " + left, left.stream().anyMatch(l -> l.startsWith(expected)));
		}
		assertEquals(1024, vm(imported.platform(), "Adas").getMemoryMiB());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void autosar3MalformedAndForeignFilesAreRefusedClearly() throws Exception {
		String ar3 = Fixtures.refusal(arxml("autosar3.arxml"), null);
		assertTrue(ar3, ar3.matches(".*autosar3\\.arxml:2:\\d+: AUTOSAR 3.*"));
		assertTrue(ar3, ar3.endsWith(": AUTOSAR 3 (namespace http://autosar.org/3.2.3) is not supported: only AUTOSAR R4.x and later files"
				+ " (namespace http://autosar.org/schema/r4.0) are read; convert the file to R4.x with your AUTOSAR tool and import that"));
		String broken = Fixtures.refusal(arxml("broken.arxml"), null);
		assertTrue(broken, broken.matches(".*broken\\.arxml:6:\\d+: not well-formed XML: .*"));
		Path other = Fixtures.file(tmp, "other.arxml", "<?xml version=\"1.0\"?>\n<AUTOSAR xmlns=\"http://example.com/x\"/>\n");
		assertTrue(Fixtures.refusal(other, null).matches(".*other\\.arxml:2:\\d+: <AUTOSAR> in namespace 'http://example\\.com/x'.*"));
		Path entity = Fixtures.file(tmp, "entity.arxml", "<?xml version=\"1.0\"?>\n<!DOCTYPE AUTOSAR [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<AUTOSAR xmlns=\"http://autosar.org/schema/r4.0\">&x;</AUTOSAR>\n");
		assertTrue(Fixtures.refusal(entity, "arxml").contains("a DOCTYPE is refused"));
		Path deep = Fixtures.file(tmp, "deep.arxml", "<AUTOSAR xmlns=\"http://autosar.org/schema/r4.0\">\n" + "<AR-PACKAGES>".repeat(200) + "</AR-PACKAGES>".repeat(200) + "\n</AUTOSAR>\n");
		String tooDeep = Fixtures.refusal(deep, null);
		// the JDK's parser stops at 100 levels (jdk.xml.maxElementDepth); the importer's own limit (128) holds where it is raised
		assertTrue(tooDeep, tooDeep.matches("(?s).*deep\\.arxml:2:\\d+: (elements nested more than 128 levels deep|not well-formed XML: .*maxElementDepth).*"));
	}

	@Test
	public void detection() throws Exception {
		assertEquals("arxml", Importers.detect(Files.readAllBytes(arxml("machine-manifest.arxml"))).get().id());
		assertEquals("arxml", Importers.detect(Files.readAllBytes(arxml("split-machine.arxml"))).get().id());
		assertEquals("arxml", Importers.detect(Files.readAllBytes(arxml("autosar3.arxml"))).get().id());
		assertFalse(Importers.detect("<domain type='kvm'><name>x</name></domain>").map(i -> i.id().equals("arxml")).orElse(false));
	}

	@Test
	public void everyCorpusFileImportsOrIsRefusedClearly() throws Exception {
		Path corpus = Fixtures.corpus("arxml");
		List<Path> files;
		try (Stream<Path> all = Files.walk(corpus)) {
			files = all.filter(p -> p.toString().endsWith(".arxml")).sorted().toList();
		}
		assertEquals(11, files.size());
		Map<String, String> outcome = new TreeMap<>();
		for (Path file : files) {
			String name = corpus.relativize(file).toString();
			String xml = Files.readString(file, java.nio.charset.StandardCharsets.ISO_8859_1);
			if (xml.contains("http://autosar.org/3.")) {
				assertTrue(name, Fixtures.refusal(file, null).contains("AUTOSAR 3 (namespace http://autosar.org/3.2.3) is not supported"));
				outcome.put(name, "refused: AUTOSAR 3");
				continue;
			}
			PlatformImport.Result imported = PlatformImport.read("corpus", List.of(file), null);
			Fixtures.written(imported, tmp.newFolder().toPath());
			long ecus = imported.report().leftOut().stream().filter(l -> l.what().startsWith("ECU-INSTANCE ")).count();
			outcome.put(name, imported.platform().getVirtualMachines().size() + " VM, " + ecus + " ECU candidates, " + imported.report().leftOut().size() + " left out");
		}
		System.out.println("ARXML corpus: " + outcome);
		assertEquals("1 VM, 0 ECU candidates", prefix(outcome.get("adaptive/open-adaptive-autosar_machine_manifest.arxml")));
		assertEquals("0 VM, 1 ECU candidates", prefix(outcome.get("classic/autosarfactory_CanNetwork.arxml")));
		assertEquals("0 VM, 1 ECU candidates", prefix(outcome.get("classic/canmatrix_ARXML_min_max.arxml")));
		assertEquals("0 VM, 3 ECU candidates", prefix(outcome.get("classic/cantools_system-4.2.arxml")));
		assertEquals("0 VM, 2 ECU candidates", prefix(outcome.get("classic/py-armodel_CanSystem.arxml")));
		assertEquals("refused: AUTOSAR 3", outcome.get("classic/cantools_system-3.2.3.arxml"));
		assertEquals("refused: AUTOSAR 3", outcome.get("classic/canmatrix_ARXMLSecuredPDUTest.arxml"));
	}

	private static String prefix(String outcome) {
		return outcome.substring(0, outcome.lastIndexOf(',')).trim();
	}

	// ---- export

	@Test
	public void exportThenImportGivesTheSamePlatform() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("zone", List.of(arxml("machine-manifest.arxml")), null);
		assertSamePlatform(imported.platform(), roundTrip(imported.platform(), ArxmlExport.Release.R22_11));
	}

	@Test
	public void theCockpitExampleComesBackThroughArxml() throws Exception {
		Path cockpit = Path.of(System.getProperty("avp.resources", "resources"), "../../../examples/cockpit/cockpit.avp").normalize();
		PlatformModel model = new ModelSet(org.avpstudio.dsl.validation.ComplianceSettings.defaults()).load(cockpit);
		assertTrue(model.usable());
		ArxmlExport.Result result = ArxmlExport.write(model.platform(), ArxmlExport.Release.NEWEST);
		assertTrue(result.notWritten().toString(), result.notWritten().stream().anyMatch(n -> n.startsWith("vm cluster: ")));
		assertSamePlatform(model.platform(), roundTrip(model.platform(), ArxmlExport.Release.NEWEST));
	}

	@Test
	public void theExportIsOneElementPerLineWithStableUuidsAndTheChosenRelease() throws Exception {
		Platform platform = PlatformImport.read("zone", List.of(arxml("machine-manifest.arxml")), null).platform();
		String first = ArxmlExport.write(platform, ArxmlExport.Release.R20_11).text();
		String again = ArxmlExport.write(PlatformImport.read("zone", List.of(arxml("machine-manifest.arxml")), null).platform(), ArxmlExport.Release.R20_11).text();
		assertEquals(first, again);
		assertTrue(first.contains("xsi:schemaLocation=\"http://autosar.org/schema/r4.0 AUTOSAR_00049.xsd\""));
		assertTrue(ArxmlExport.write(platform, ArxmlExport.Release.NEWEST).text().contains("AUTOSAR_00053.xsd"));
		assertTrue(ArxmlExport.write(platform, ArxmlExport.Release.R21_11).text().contains("AUTOSAR_00050.xsd"));
		assertTrue(ArxmlExport.write(platform, ArxmlExport.Release.R22_11).text().contains("AUTOSAR_00051.xsd"));
		List<String> lines = first.lines().toList();
		for (String line : lines.subList(1, lines.size())) {
			String body = line.strip();
			assertTrue(line, body.startsWith("<") && body.endsWith(">"));
			assertTrue(line, body.startsWith("</") || body.indexOf('<', 1) < 0 || body.matches("<([A-Z-]+)[^>]*>[^<]*</\\1>"));
		}
		// the machine's UUID: a version 5 UUID of its AUTOSAR path, the same whatever else changes
		String machine = lines.stream().filter(l -> l.strip().startsWith("<MACHINE UUID=")).findFirst().orElseThrow();
		assertTrue(machine, machine.matches("\\s*<MACHINE UUID=\"[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}\">"));
		platform.getVirtualMachines().get(1).setMemoryMiB(2048);
		String changed = ArxmlExport.write(platform, ArxmlExport.Release.R20_11).text();
		assertTrue(changed.contains(machine));
		assertNotEquals(first, changed);
		long uuids = lines.stream().filter(l -> l.contains(" UUID=\"")).count();
		assertEquals(uuids, lines.stream().filter(l -> l.contains(" UUID=\"")).map(l -> l.replaceAll(".*UUID=\"([^\"]+)\".*", "$1")).distinct().count());
	}

	@Test
	public void theExportIsCheckedAgainstAUsersSchema() throws Exception {
		Platform platform = PlatformImport.read("zone", List.of(arxml("machine-manifest.arxml")), null).platform();
		String text = ArxmlExport.write(platform, ArxmlExport.Release.NEWEST).text();
		assertEquals(List.of(), ArxmlExport.validate(text, "zone.arxml", arxml("schema/machine-subset.xsd")));
		List<String> problems = ArxmlExport.validate(text, "zone.arxml", arxml("schema/strict-root.xsd"));
		assertTrue(problems.toString(), !problems.isEmpty() && problems.get(0).startsWith("zone.arxml:3:"));
	}

	// ---- helpers

	private Platform roundTrip(Platform platform, ArxmlExport.Release release) throws Exception {
		Path file = tmp.newFolder().toPath().resolve(platform.getName() + ".arxml");
		Files.writeString(file, ArxmlExport.write(platform, release).text());
		PlatformImport.Result back = PlatformImport.read(platform.getName(), List.of(file), null);
		assertEquals(left(back.report()).toString(), List.of(), back.report().leftOut());
		Fixtures.written(back, tmp.newFolder().toPath());
		return back.platform();
	}

	/** The same VMs (names, vCPUs and the index of the core each is pinned to, memory), networks and which net device is on which. */
	private static void assertSamePlatform(Platform expected, Platform actual) {
		assertEquals(summary(expected), summary(actual));
	}

	private static List<String> summary(Platform platform) {
		List<String> lines = new ArrayList<>();
		platform.getNetworks().forEach(n -> lines.add("network " + n.getName()));
		for (VirtualMachine vm : platform.getVirtualMachines()) {
			StringBuilder line = new StringBuilder("vm " + vm.getName() + " " + vm.getMemoryMiB() + " MiB vcpus");
			for (VirtualCpu cpu : vm.getVcpus()) {
				line.append(' ').append(cpu.getPinnedTo() == null ? "-" : String.valueOf(cpu.getPinnedTo().getIndex()));
			}
			vm.getDevices().stream().filter(NetworkDevice.class::isInstance).map(NetworkDevice.class::cast)
					.forEach(n -> line.append(" net ").append(n.getName()).append('@').append(n.getNetwork() == null ? "-" : n.getNetwork().getName()));
			lines.add(line.toString());
		}
		Hardware hardware = ArxmlExport.hardwareOf(platform);
		if (hardware != null) {
			lines.add("hardware " + hardware.getName() + " " + hardware.getArchitecture() + " " + hardware.getMemoryMiB());
			hardware.getClusters().forEach(c -> c.getCores().forEach(k -> lines.add("core " + c.getName() + "/" + k.getName() + " " + k.getIndex())));
			hardware.getHostDevices().forEach(d -> lines.add("host-device " + d.getName() + " " + d.getKind() + " " + d.getAddress() + " " + d.getIommuGroup()));
		}
		return lines;
	}
}
