// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.avpstudio.core.Generation;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Targets;
import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.InterruptController;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Device trees (source and binary) into the hardware section: the project's fixtures (a big.LITTLE board over an
 * included SoC file, a cpp-preprocessed tree with linemarkers, broken and hostile inputs), the same trees compiled by
 * {@code dtc} to DTB, {@code --hardware} with a libvirt guest pinned to the board's cores, the round trip through the
 * device-tree target and {@code dtc}, and every file of ../shared/corpus/dts.
 */
public class DeviceTreeImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final String BOARD_FACTS = "aarch64 memory=4096 gicv3 iommu=true"
			+ " clusters=[cluster0 little [little0=0, little1=1, little2=2, little3=3], cluster1 big [big0=4, big1=5]]"
			+ " devices=[eth0 network /soc@0/ethernet@32000000 iommu@31000000:0x20, ufs storage /soc@0/ufs@33000000 iommu@31000000:0x21,"
			+ " can0 can /soc@0/can@34000000 -]";

	@Test
	public void theBigLittleBoardMapsToItsHardware() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("board", List.of(dts("big-little.dts")), null);
		Hardware hardware = imported.platform().getHardware();
		assertEquals(BOARD_FACTS, facts(hardware, true));
		assertEquals("test_board", hardware.getName());
		assertEquals("big-little-soc.dtsi:3", imported.report().origin(hardware).toString());
		assertEquals("big-little-soc.dtsi:25", imported.report().origin(hardware.getClusters().get(0).getCores().get(0)).toString());
		assertEquals("big-little-soc.dtsi:94", imported.report().origin(hardware.getHostDevices().get(0)).toString());
		assertTrue(imported.platform().getVirtualMachines().isEmpty());
		// the .avp holds all of it
		Path folder = tmp.newFolder().toPath();
		PlatformModel model = Fixtures.written(imported, folder);
		assertEquals(BOARD_FACTS, facts(model.platform().getHardware(), true));
		String text = Files.readString(folder.resolve("board.avp"));
		assertTrue(text, text.contains("\t\tcluster cluster1 kind big {\n\t\t\t// from big-little-soc.dtsi:53\n\t\t\tcore big0 index 4\n"));
		assertTrue(text, text.contains("\t\t// from big-little-soc.dtsi:94\n\t\thost-device eth0 kind network address \"/soc@0/ethernet@32000000\" iommu-group \"iommu@31000000:0x20\"\n"));
		assertTrue(text, text.contains("//   big-little-soc.dtsi:120: node /soc@0/serial@36000000 (arm,pl011, arm,primecell): no place in the AVP model\n"));
	}

	@Test
	public void whatHasNoPlaceIsReportedOncePerNodeWithItsLine() throws Exception {
		ImportReport report = PlatformImport.read("board", List.of(dts("big-little.dts")), "dts").report();
		List<String> leftOut = report.leftOut().stream().map(Object::toString).toList();
		String all = String.join("\n", leftOut);
		for (String expected : List.of("big-little.dts:8: /memreserve/ 0x80000000 0x100000: memory kept from the OS: no place in the AVP model",
				"big-little.dts:13: / model: properties with no place in the AVP model",
				"big-little.dts:22: node /chosen: no place in the AVP model",
				"big-little-soc.dtsi:69: node /timer (arm,armv8-timer): no place in the AVP model",
				"big-little-soc.dtsi:74: node /soc@0 (simple-bus) (its properties compatible, #address-cells, #size-cells, ranges): no place in the AVP model",
				"big-little-soc.dtsi:82: /soc@0/interrupt-controller@30000000 #interrupt-cells, reg: properties with no place in the AVP model",
				"big-little-soc.dtsi:89: /soc@0/iommu@31000000 reg, interrupts: properties with no place in the AVP model",
				"big-little.dts:29: /soc@0/ethernet@32000000 local-mac-address: properties with no place in the AVP model",
				"big-little-soc.dtsi:110: /soc@0/can@34000000 assigned-clock-rates: properties with no place in the AVP model",
				"big-little-soc.dtsi:113: node /soc@0/usb@35000000 (avp,test-dwc3, snps,dwc3): status disabled: the board does not use it",
				"big-little-soc.dtsi:120: node /soc@0/serial@36000000 (arm,pl011, arm,primecell): no place in the AVP model")) {
			assertTrue(expected + " in\n" + all, leftOut.contains(expected));
		}
		assertEquals(all, 11, leftOut.size());
		assertTrue(all, !all.contains("watchdog@37000000") && !all.contains("dr_mode") && !all.contains("cpu-map"));
	}

	@Test
	public void importersDetectABlobFromItsBytesAndTextAsBefore() throws Exception {
		Path dtb = compiled(dts("big-little.dts"));
		assertEquals("dts", Importers.detect(Files.readAllBytes(dtb)).orElseThrow().id());
		assertEquals("dts", Importers.detect(Files.readAllBytes(dts("big-little.dts"))).orElseThrow().id());
		assertEquals("libvirt", Importers.detect("<domain type='kvm'><name>a</name></domain>".getBytes(java.nio.charset.StandardCharsets.UTF_8))
				.orElseThrow().id());
		assertTrue(Importers.detect(new byte[] { (byte) 0xff, (byte) 0xfe, 0, 1, 2 }).isEmpty());
	}

	@Test
	public void aBlobCompiledWithSymbolsKeepsTheLabelsAsNames() throws Exception {
		Path dtb = tmp.newFolder().toPath().resolve("board.dtb");
		Fixtures.Run dtc = Fixtures.run(List.of("dtc", "-q", "-@", "-I", "dts", "-O", "dtb", "-o", dtb.toString(), dts("big-little.dts").toString()));
		assertEquals(dtc.output(), 0, dtc.exit());
		assertEquals(BOARD_FACTS, facts(PlatformImport.read("board", List.of(dtb), null).platform().getHardware(), true));
	}

	@Test
	public void theCompiledBoardGivesTheSameHardware() throws Exception {
		for (String name : List.of("big-little.dts", "preprocessed.dts")) {
			Path dtb = compiled(dts(name));
			Hardware fromSource = PlatformImport.read("board", List.of(dts(name)), null).platform().getHardware();
			PlatformImport.Result fromBinary = PlatformImport.read("board", List.of(dtb), null);
			assertEquals(name, facts(fromSource, false), facts(fromBinary.platform().getHardware(), false));
			Fixtures.written(fromBinary, tmp.newFolder().toPath());
		}
	}

	/** The syntax the fixtures do not use, read as dtc reads it: the source and dtc's binary of it give the same hardware. */
	@Test
	public void expressionsEscapesBitsBytesLabelsAndDeletionsAreReadAsDtcReadsThem() throws Exception {
		Path source = text("syntax.dts", """
				/dts-v1/;
				/memreserve/ 0x0 (0x1000 * 2);
				/ {
					#address-cells = <1>;
					#size-cells = <1>;
					compatible = "avp,syntax";
					cpus {
						#address-cells = <1>;
						#size-cells = <0>;
						c0: cpu@0 { device_type = "cpu"; compatible = "arm\\x2ccortex-a53"; reg = <0>; };
						cpu@1 { device_type = "cpu"; compatible = "arm,cortex-a53"; reg = <1>; };
						cpu@2 { device_type = "cpu"; compatible = "arm,cortex-a53"; reg = <2>; };
					};
					memory@80000000 {
						device_type = "memory";
						reg = <0x80000000 (3 * (1 << 30) / 2 + (10 % 3) * 0 + (1 ? 0 : 5) + (~0 & 0) + (!0 - 1) + (-1 + 1))>;
					};
					misc {
						bytes = [00 01 0a ff], [abcd];
						small = /bits/ 8 <'a' 0x62 (0x100 - 1)>, /bits/ 16 <0xffff>;
						mixed = "a\\\"b\\101", <&c0 l1: 2>, &c0;
						lbl: labelled = <(0 || 1) (1 && 0) (2 == 2) (3 != 3) (1 < 2) (2 <= 1) (0x80000000 >> 31) (5 ^ 1) (4 | 1)>;
						/* a comment */ // and another
					};
				};
				&{/cpus} {
					/delete-node/ cpu@2;
				};
				&c0 {
					capacity-dmips-mhz = <100>;
				};
				""");
		PlatformImport.Result imported = PlatformImport.read("syntax", List.of(source), null);
		String expected = "aarch64 memory=1536 gicv2 iommu=false clusters=[cpus uniform [=0, =1]] devices=[]";
		assertEquals(expected, facts(imported.platform().getHardware(), false));
		assertEquals(expected, facts(PlatformImport.read("syntax", List.of(compiled(source)), null).platform().getHardware(), false));
		assertTrue(imported.report().leftOut().toString(), imported.report().leftOut().stream().map(Object::toString)
				.anyMatch(l -> l.equals("syntax.dts:2: /memreserve/ 0x0 0x2000: memory kept from the OS: no place in the AVP model")));
		assertTrue(imported.report().leftOut().toString(), imported.report().leftOut().stream().map(Object::toString)
				.anyMatch(l -> l.equals("syntax.dts:18: node /misc: no place in the AVP model")));
	}

	@Test
	public void linemarkersNameTheOriginalFileAndLine() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("small", List.of(dts("preprocessed.dts")), null);
		assertEquals("aarch64 memory=1024 gicv2 iommu=false clusters=[cpus uniform [cpu0=0, cpu1=1]] devices=[]", facts(imported.platform().getHardware(), true));
		List<String> leftOut = imported.report().leftOut().stream().map(Object::toString).toList();
		assertTrue(leftOut.toString(), leftOut.contains("small-soc.dtsi:20: node /rtc@1c170000 (arm,pl031, arm,primecell): no place in the AVP model"));
		assertEquals("small-soc.dtsi:1", imported.report().origin(imported.platform().getHardware()).toString());
		assertEquals("small-soc.dtsi:9", imported.report().origin(imported.platform().getHardware().getClusters().get(0).getCores().get(0)).toString());
		assertEquals("small.dts:6", imported.report().mapped().stream().filter(m -> m.what().startsWith("memory")).findFirst().orElseThrow().at().toString());
	}

	@Test
	public void malformedAndHostileSourcesAreErrorsWithFileLineAndColumn() throws Exception {
		assertError(dts("broken.dts"), "broken.dts:7:15: a number, '(expression)' or '&label' expected in the cells, found 'ZERO' (a cpp macro? run the file through cpp first");
		assertError(dts("cycle.dts"), "cycle.dtsi:1:1: 'cycle.dts' includes itself (cyclic include)");
		assertError(dts("escape.dts"), "escape.dts:2:1: included file '/etc/hostname' has an absolute path; only files relative to the including file are read");
		assertError(dts("missing-include.dts"), "missing-include.dts:2:1: included file 'soc-not-here.dtsi' not found");
		assertError(text("deep.dts", "/dts-v1/;\n/ {" + "a {".repeat(100) + "};".repeat(100) + "};\n"), "deep.dts:2:");
		assertError(text("deep.dts", "/dts-v1/;\n/ { p = <" + "(".repeat(500) + "1" + ")".repeat(500) + ">; };\n"), "expression nested deeper than 64");
		assertError(text("minus.dts", "/dts-v1/;\n/ { p = <(" + "-".repeat(100_000) + "1)>; };\n"), "expression nested deeper than 64");
		assertError(text("unclosed.dts", "/dts-v1/;\n/ {\n\tcompatible = \"x;\n};\n"), "unclosed.dts:3:15: string not closed before the end of the line");
		assertError(text("missing-semicolon.dts", "/dts-v1/;\n/ {\n\tnode { }\n};\n"), "missing-semicolon.dts:4:1: ';' expected, found '};'");
		assertError(text("macro.dts", "/dts-v1/;\n#define X 1\n/ { };\n"), "macro.dts:2:1: '#define' is for the C preprocessor");
		assertError(text("label.dts", "/dts-v1/;\n/ { };\n&nowhere { x; };\n"), "label.dts:3:1: '&nowhere' names no node defined before it");
		assertError(text("dangling.dts", "/dts-v1/;\n/ {\n\tx = <1 &nowhere>;\n};\n"), "dangling.dts:3:9: '&nowhere' names no node of the tree");
		assertError(text("riscv32.dts", "/dts-v1/;\n/ { cpus { cpu@0 { device_type = \"cpu\"; compatible = \"arm,cortex-a15\"; reg = <0>; }; }; };\n"),
				"riscv32.dts:2:12: CPUs compatible with [arm,cortex-a15]: not an architecture the AVP model knows");
	}

	@Test
	public void truncatedOrCorruptBlobsNameTheByteOffset() throws Exception {
		byte[] blob = Files.readAllBytes(compiled(dts("big-little.dts")));
		Path cut = tmp.getRoot().toPath().resolve("cut.dtb");
		Files.write(cut, Arrays.copyOf(blob, blob.length / 2));
		assertError(cut, "cut.dtb: truncated or corrupt device tree blob at byte offset " + blob.length / 2 + ": the header's totalsize is");
		byte[] corrupt = blob.clone();
		int struct = (corrupt[8] & 0xff) << 24 | (corrupt[9] & 0xff) << 16 | (corrupt[10] & 0xff) << 8 | corrupt[11] & 0xff;
		corrupt[struct + 3] = 7;
		Path bad = tmp.getRoot().toPath().resolve("bad.dtb");
		Files.write(bad, corrupt);
		assertError(bad, "bad.dtb: truncated or corrupt device tree blob at byte offset " + struct + ": the structure block must start with the root node");
		byte[] huge = blob.clone();
		huge[4] = 0x7f;
		Files.write(bad, huge);
		assertError(bad, "bad.dtb: truncated or corrupt device tree blob at byte offset " + blob.length + ": the header's totalsize is 21");
		Files.write(bad, Arrays.copyOf(blob, 12));
		assertError(bad, "bad.dtb: truncated or corrupt device tree blob at byte offset 12: the header needs 40 bytes");
	}

	/** Every cut and every flipped byte of a blob, every cut of a source: an import or an ImportException, nothing else. */
	@Test
	public void damagedInputsAreImportsOrImportErrorsNeverCrashes() throws Exception {
		byte[] blob = Files.readAllBytes(compiled(dts("big-little.dts")));
		Path damaged = tmp.getRoot().toPath().resolve("damaged.dtb");
		int errors = 0;
		for (int i = 0; i < blob.length; i++) {
			byte[] flipped = blob.clone();
			flipped[i] ^= (byte) 0xff;
			// cut at every byte of the header, at every fourth after it (the blocks are 4-byte aligned)
			for (byte[] input : i < 64 || i % 4 == 1 ? List.of(Arrays.copyOf(blob, i), flipped) : List.of(flipped)) {
				Files.write(damaged, input);
				errors += importsOrFails(damaged, "dts");
			}
		}
		String source = Files.readString(dts("big-little-soc.dtsi"));
		Path cut = tmp.getRoot().toPath().resolve("cut.dts");
		for (int i = 0; i < source.length(); i += 3) {
			Files.writeString(cut, "/dts-v1/;\n" + source.substring(0, i));
			errors += importsOrFails(cut, "dts");
		}
		assertTrue("most damaged inputs are refused: " + errors, errors > blob.length / 2);
	}

	// 1 when the import refused the input with an ImportException, 0 when it imported it; anything else fails the test
	private static int importsOrFails(Path input, String format) {
		try {
			PlatformImport.read("damaged", List.of(input), format);
			return 0;
		} catch (ImportException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(input.getFileName().toString()));
			return 1;
		} catch (RuntimeException | StackOverflowError e) {
			throw new AssertionError(input + ": " + e, e);
		}
	}

	@Test
	public void theHardwareIsReadFirstSoThatPinningLandsOnTheBoardsCores() throws Exception {
		Path board = dts("big-little.dts");
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("dts/pinned-guest.xml")), null, board);
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals("big0", vm.getVcpus().get(0).getPinnedTo().getName());
		assertEquals("big1", vm.getVcpus().get(1).getPinnedTo().getName());
		assertEquals("cluster1", vm.getVcpus().get(1).getPinnedTo().eContainer().eGet(vm.getVcpus().get(1).getPinnedTo().eContainer().eClass().getEStructuralFeature("name")));
		assertNull("no core 9 on the board: not made up", vm.getVcpus().get(2).getPinnedTo());
		assertTrue(imported.report().leftOut().toString(), imported.report().leftOut().stream().anyMatch(l -> l.toString().startsWith("pinned-guest.xml:10: <vcpupin")));
		assertEquals(BOARD_FACTS, facts(imported.platform().getHardware(), true));
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		assertEquals("big0", model.platform().getVirtualMachines().get(0).getVcpus().get(0).getPinnedTo().getName());
		// a board after a domain that made the hardware section: left out as a whole, with the way to do it
		ImportReport late = PlatformImport.read("car", List.of(Fixtures.resource("dts/pinned-guest.xml"), board), null).report();
		assertTrue(late.leftOut().toString(), late.leftOut().stream().map(Object::toString).anyMatch(l -> l.equals("big-little-soc.dtsi:3: device tree big-little.dts: "
				+ "the platform's hardware section is already described by pinned-guest.xml:13; a platform has one (give the board's tree first, or with --hardware)")));
		try {
			PlatformImport.read("car", List.of(), null, Fixtures.resource("gateway.cfg"));
			fail("an xl.cfg is no board");
		} catch (ImportException e) {
			assertTrue(e.getMessage(), e.getMessage().endsWith("gateway.cfg: describes no hardware; --hardware takes a board description such as a device tree (.dts, .dtb)"));
		}
	}

	/** Board and guest → .avp → device-tree target → dtc compiles it → imported back: the guest's view of the hardware. */
	@Test
	public void theGuestTreeGeneratedFromTheImportCompilesWithDtcAndImportsBack() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("dts/pinned-guest.xml")), null, dts("big-little.dts"));
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.generate(model, List.of(Targets.byName("dts").orElseThrow()), out);
		Path guest = out.resolve("dts/cluster.dts");
		assertTrue(guest + " generated", Files.isRegularFile(guest));
		Fixtures.Run dtc = Fixtures.run(List.of("dtc", "-q", "-I", "dts", "-O", "dtb", "-o", guest + ".dtb", guest.toString()));
		assertEquals(dtc.output(), 0, dtc.exit());
		for (Path tree : List.of(guest, Path.of(guest + ".dtb"))) {
			Hardware back = PlatformImport.read("back", List.of(tree), "dts").platform().getHardware();
			assertEquals(tree.toString(), "aarch64 memory=512 gicv3 iommu=false clusters=[cpus uniform [=0, =1, =2]] devices=[]", facts(back, false));
		}
	}

	@Test
	public void theBoardMirroredByAGuestComesBackThroughTheDeviceTreeTargetAndDtc() throws Exception {
		mirrored(PlatformImport.read("board", List.of(dts("big-little.dts")), null));
		mirrored(PlatformImport.read("board", List.of(compiled(dts("preprocessed.dts"))), null));
	}

	@Test
	public void everyCorpusTreeImportsAndItsDtbAgrees() throws Exception {
		Path corpus = Fixtures.corpus("dts");
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus)) {
			files = list.filter(f -> f.toString().endsWith(".dts")).sorted().toList();
		}
		List<String> summary = new ArrayList<>();
		for (Path file : files) {
			PlatformImport.Result imported;
			try {
				imported = PlatformImport.read("board", List.of(file), null);
			} catch (ImportException e) {
				// the kernel's top-level .dts needs cpp and the .dtsi files beside it, which the corpus does not hold
				assertTrue(e.getMessage(), e.getMessage().matches(".*\\.dts:\\d+:\\d+: (included file '.*' not found|'#include <.*>' is a system include).*"));
				summary.add(file.getFileName() + ": not self-contained (" + e.getMessage().replaceFirst("^.*?: ", "").replaceFirst(" \\(looked.*| the C preprocessor.*", "") + ")");
				continue;
			}
			Hardware hardware = imported.platform().getHardware();
			assertNotNull(file.toString(), hardware);
			PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
			assertEquals(file.toString(), facts(hardware, true), facts(model.platform().getHardware(), true));
			Hardware fromBinary = PlatformImport.read("board", List.of(compiled(file)), null).platform().getHardware();
			assertEquals(file + " as DTB", facts(hardware, false), facts(fromBinary, false));
			mirrored(PlatformImport.read("board", List.of(file), null));
			summary.add(file.getFileName() + ": " + facts(hardware, false).replaceFirst(" devices=.*", "") + ", " + hardware.getHostDevices().size()
					+ " host devices " + hardware.getHostDevices().stream().map(d -> d.getKind().getLiteral() + " " + d.getAddress()).toList() + ", "
					+ imported.report().mapped().size() + " mapped, " + imported.report().leftOut().size() + " left out");
			if (System.getenv("AVP_DTS_REPORT") != null) {
				imported.report().leftOut().forEach(l -> System.out.println("    " + l));
			}
		}
		assertTrue(summary.toString(), summary.stream().filter(s -> !s.contains("not self-contained")).count() >= 1);
		System.out.println("DeviceTreeImportTest corpus:\n  " + String.join("\n  ", summary));
	}

	// ---------------------------------------------------------------- helpers

	/**
	 * The device-tree target writes guest trees, not the board's: a guest given every core of the board (vCPU i on the
	 * core with index i) and the board's memory is generated, compiled by dtc and imported back; architecture, memory,
	 * the cores' indexes and (for a GICv3 board; the target writes GICv3) the interrupt controller come back.
	 */
	private void mirrored(PlatformImport.Result imported) throws Exception {
		Hardware board = imported.platform().getHardware();
		VirtualMachine vm = AvpFactory.eINSTANCE.createVirtualMachine();
		vm.setName("mirror");
		vm.setMemoryMiB(board.getMemoryMiB() > 0 ? board.getMemoryMiB() : 1024);
		List<PhysicalCore> cores = board.getClusters().stream().flatMap(c -> c.getCores().stream())
				.sorted(Comparator.comparingInt(PhysicalCore::getIndex)).toList();
		for (PhysicalCore core : cores) {
			VirtualCpu cpu = AvpFactory.eINSTANCE.createVirtualCpu();
			cpu.setIndex(vm.getVcpus().size());
			cpu.setPinnedTo(core);
			vm.getVcpus().add(cpu);
		}
		imported.platform().getVirtualMachines().add(vm);
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.generate(model, List.of(Targets.byName("dts").orElseThrow()), out);
		Path tree = out.resolve("dts/mirror.dts");
		Fixtures.Run dtc = Fixtures.run(List.of("dtc", "-q", "-I", "dts", "-O", "dtb", "-o", tree + ".dtb", tree.toString()));
		assertEquals(dtc.output(), 0, dtc.exit());
		Hardware back = PlatformImport.read("back", List.of(Path.of(tree + ".dtb")), null).platform().getHardware();
		assertEquals(board.getArchitecture(), back.getArchitecture());
		assertEquals(vm.getMemoryMiB(), back.getMemoryMiB());
		assertEquals(cores.stream().map(PhysicalCore::getIndex).toList(),
				back.getClusters().stream().flatMap(c -> c.getCores().stream()).map(PhysicalCore::getIndex).toList());
		if (board.getInterruptController() == InterruptController.GICV3) {
			assertEquals(InterruptController.GICV3, back.getInterruptController());
		}
	}

	/** What the hardware section says, as one comparable text; with names, or only what a DTB keeps too. */
	static String facts(Hardware hardware, boolean names) {
		// gicv2 is the model's default: a hardware section without interrupt controller reads as gicv2 as well
		return hardware.getArchitecture().getLiteral() + " memory=" + hardware.getMemoryMiB() + " " + hardware.getInterruptController().getLiteral()
				+ " iommu=" + hardware.isIommu() + " clusters="
				+ hardware.getClusters().stream().map(c -> c.getName() + " " + c.getKind().getLiteral() + " "
						+ c.getCores().stream().map(k -> (names ? k.getName() : "") + "=" + k.getIndex()).toList()).toList()
				+ " devices=" + hardware.getHostDevices().stream().map(d -> (names ? d.getName() + " " : "") + d.getKind().getLiteral() + " " + d.getAddress() + " "
						+ (d.getIommuGroup() == null ? "-" : d.getIommuGroup())).collect(Collectors.toList());
	}

	private Path compiled(Path source) throws Exception {
		Path dtb = tmp.newFolder().toPath().resolve(source.getFileName() + ".dtb");
		Fixtures.Run dtc = Fixtures.run(List.of("dtc", "-q", "-I", "dts", "-O", "dtb", "-o", dtb.toString(), source.toString()));
		assertEquals(source + ": " + dtc.output(), 0, dtc.exit());
		return dtb;
	}

	private static Path dts(String name) {
		return Fixtures.resource("dts/" + name);
	}

	private Path text(String name, String content) throws Exception {
		Path file = tmp.getRoot().toPath().resolve(name);
		Files.writeString(file, content);
		return file;
	}

	private static void assertError(Path file, String expected) {
		String message = Fixtures.refusal(file, null);
		assertTrue(message + "\n expected: " + expected, message.contains(expected));
	}
}
