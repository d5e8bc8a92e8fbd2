// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.core.Generation;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Targets;
import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VirtualMachine;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Xen xl.cfg imported: what maps, what is left out (with its line), syntax errors with line and column, detection,
 * and the round trip import → .avp → Xen target → import again, for the fixtures and every xl.cfg of
 * ../shared/corpus/xen (skipped with a printed reason when absent).
 */
public class XenImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everySettingOfTheFixtureFindsAPlace() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("gateway.cfg")), null);
		assertEquals(imported.report().leftOut().toString(), List.of(), imported.report().leftOut());
		assertEquals(HypervisorKind.XEN, imported.platform().getHypervisor().getKind());
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals("gateway", vm.getName());
		assertEquals(512, vm.getMemoryMiB());
		assertEquals(2, vm.getVcpus().size());
		assertEquals(BootProtocol.LINUX_DIRECT, vm.getBoot().getProtocol());
		assertEquals("/boot/vmlinuz-gw", vm.getBoot().getKernel());
		assertEquals("/boot/initrd-gw.img", vm.getBoot().getInitrd());
		assertEquals("root=/dev/xvda1 console=hvc0 ro", vm.getBoot().getCommandLine());
		BlockDevice root = (BlockDevice) vm.getDevices().get(0);
		assertEquals("xvda", root.getName());
		assertEquals("/srv/xen/gateway.img", ((ImageBackend) root.getBackend()).getPath());
		assertFalse(root.isReadOnly());
		BlockDevice maps = (BlockDevice) vm.getDevices().get(1);
		assertEquals("/srv/xen/maps,v2.qcow2", ((ImageBackend) maps.getBackend()).getPath());
		assertEquals(ImageFormat.QCOW2, ((ImageBackend) maps.getBackend()).getFormat());
		assertTrue(maps.isReadOnly());
		NetworkDevice net = (NetworkDevice) vm.getDevices().get(2);
		assertEquals("00:16:3e:00:00:01", net.getMac());
		assertEquals("xenbr0", ((TapBackend) net.getBackend()).getBridge());
		assertEquals("00:16:3e:00:00:02", ((NetworkDevice) vm.getDevices().get(3)).getMac());
		assertEquals("gateway.cfg:2", imported.report().origin(vm).toString());
		assertEquals("gateway.cfg:15", imported.report().origin(maps).toString());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void settingsWithoutAPlaceAreListedWithTheirLines() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("leftovers.cfg")), "xen");
		List<String> left = imported.report().leftOut().stream().map(Object::toString).toList();
		for (String expected : List.of("leftovers.cfg:3: type = \"hvm\"", "leftovers.cfg:4: uuid = ", "leftovers.cfg:6: maxmem = 1024",
				"leftovers.cfg:8: on_crash = \"restart\"", "leftovers.cfg:9: disk format=vhd", "leftovers.cfg:10: vif model=e1000",
				"leftovers.cfg:11: sdl = 1")) {
			assertTrue(expected + " in " + left, left.stream().anyMatch(l -> l.startsWith(expected)));
		}
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		BlockDevice legacy = (BlockDevice) vm.getDevices().get(0);
		assertEquals("/dev/vg/legacy", ((ImageBackend) legacy.getBackend()).getPath());
		assertFalse(legacy.isReadOnly());
		assertEquals("xenbr1", ((TapBackend) ((NetworkDevice) vm.getDevices().get(2)).getBackend()).getBridge());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void aSyntaxErrorNamesFileLineAndColumn() throws Exception {
		assertError(Fixtures.resource("broken.cfg"), "broken.cfg:4:1: a value expected, found the end of the file");
		assertError(file("quote.cfg", "name = \"x\nmemory = 1\n"), "quote.cfg:1:8: string not closed");
		assertError(file("eq.cfg", "name \"x\"\n"), "eq.cfg:1:6: '=' expected after 'name'");
		assertError(file("two.cfg", "memory = 1 2\n"), "two.cfg:1:12: end of line or ';' expected");
		assertError(file("word.cfg", "memory = lots\n"), "word.cfg:1:10: a string, number or list expected");
	}

	@Test
	public void theFormatIsDetectedFromContent() throws Exception {
		assertEquals("xen", Importers.detect(Files.readString(Fixtures.resource("gateway.cfg"))).orElseThrow().id());
		assertEquals("xen", Importers.detect("# xl\n\nmemory=128\nvcpus=1\n").orElseThrow().id());
		assertEquals("libvirt", Importers.detect(Files.readString(Fixtures.resource("two-guests.xml"))).orElseThrow().id());
		assertTrue(Importers.detect("[section]\nkey = value\n").isEmpty());
		assertTrue(Importers.detect("hello = world\n").isEmpty());
	}

	@Test
	public void aDriverDomainNamedAsBackEndServesTheDisk() throws Exception {
		Path backend = file("storage.cfg", "name = 'storage'\nmemory = 128\n");
		Path guest = file("guest.cfg", "name = 'guest'\ndisk = [ 'backend=storage, vdev=xvda, target=/dev/sda' ]\nvif = [ 'backend=nowhere' ]\n");
		PlatformImport.Result imported = PlatformImport.read("car", List.of(backend, guest), null);
		VirtualMachine vm = imported.platform().getVirtualMachines().get(1);
		assertEquals("storage", ((org.avpstudio.model.DriverVmBackend) vm.getDevices().get(0).getBackend()).getVm().getName());
		List<String> left = imported.report().leftOut().stream().map(Object::toString).toList();
		assertTrue(left.toString(), left.stream().anyMatch(l -> l.startsWith("guest.cfg:2: disk target '/dev/sda'")));
		assertTrue(left.toString(), left.stream().anyMatch(l -> l.startsWith("guest.cfg:3: vif backend=nowhere")));
	}

	@Test
	public void cpusPinsEachVcpuToItsHostCoreWhenTheHardwareIsKnown() throws Exception {
		Path pinned = file("pinned.cfg", "name = 'pinned'\nvcpus = 2\ncpus = [ \"3\", \"7\" ]\n");
		PlatformImport.Result withHost = PlatformImport.read("car", List.of(Fixtures.resource("two-guests.xml"), pinned), null);
		VirtualMachine vm = withHost.platform().getVirtualMachines().get(2);
		assertEquals(List.of(3, 7), vm.getVcpus().stream().map(c -> c.getPinnedTo().getIndex()).toList());
		assertFalse(withHost.report().leftOut().toString(), withHost.report().leftOut().stream().anyMatch(l -> l.what().startsWith("cpus")));
		PlatformImport.Result alone = PlatformImport.read("car", List.of(pinned), null);
		assertEquals(List.of("pinned.cfg:3: cpus = [ \"3\", \"7\" ]: no place in the AVP model"), alone.report().leftOut().stream().map(Object::toString).toList());
		Fixtures.written(withHost, tmp.newFolder().toPath());
	}

	@Test
	public void theFixturesComeBackThroughTheXenTarget() throws Exception {
		roundTrip(Fixtures.resource("gateway.cfg"));
		roundTrip(Fixtures.resource("leftovers.cfg"));
	}

	@Test
	public void everyCorpusXlCfgImportsToAUsableModelThatComesBackThroughTheXenTarget() throws Exception {
		Path corpus = Fixtures.corpus("xen");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(Files::isRegularFile).filter(f -> f.getFileName().toString().endsWith(".cfg") || f.getFileName().toString().startsWith("xlexample"))
					.sorted().toList();
		}
		assertFalse(files.isEmpty());
		List<String> complete = new ArrayList<>();
		for (Path file : files) {
			PlatformImport.Result imported = PlatformImport.read("corpus", List.of(file), null);
			assertEquals(file.toString(), 1, imported.platform().getVirtualMachines().size());
			if (imported.report().complete()) {
				complete.add(file.getFileName().toString());
			}
			System.out.println("XenImportTest: " + corpus.relativize(file) + " left out: " + imported.report().leftOut());
			roundTrip(file);
		}
		System.out.println("XenImportTest: " + files.size() + " corpus files imported, usable and through the Xen target; fully mapped: " + complete);
	}

	private void roundTrip(Path input) throws Exception {
		PlatformImport.Result imported = PlatformImport.read("trip", List.of(input), null);
		// Xen's own parser reads the input's disks as the importer did
		List<String> xen = xl(input);
		if (xen != null) {
			assertEquals(input.toString(), xen, imported.platform().getVirtualMachines().get(0).getDevices().stream().filter(BlockDevice.class::isInstance)
					.map(d -> "disk " + (d.getBackend() instanceof ImageBackend i ? i.getPath() : "?") + " vdev=" + d.getName() + " readwrite=" + (((BlockDevice) d).isReadOnly() ? 0 : 1)).toList());
		}
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.generate(model, List.of(Targets.byName("xen").orElseThrow()), out);
		List<Path> generated;
		try (Stream<Path> list = Files.list(out.resolve("xen"))) {
			generated = list.sorted().toList();
		}
		for (Path cfg : generated) {
			xl(cfg);
		}
		PlatformImport.Result back = PlatformImport.read("trip", generated, "xen");
		assertEquals(input.toString(), facts(model.platform().getVirtualMachines()), facts(back.platform().getVirtualMachines()));
	}

	// what must survive the trip: name, memory, vCPUs, disk sources and access, MACs
	private static List<String> facts(List<VirtualMachine> vms) {
		return vms.stream().map(vm -> vm.getName() + " memory=" + vm.getMemoryMiB() + " vcpus=" + vm.getVcpus().size() + " disks="
				+ vm.getDevices().stream().filter(BlockDevice.class::isInstance)
						.map(d -> d.getBackend() instanceof ImageBackend i ? i.getPath() + (((BlockDevice) d).isReadOnly() ? " ro" : " rw") : "?").toList()
				+ " macs=" + vm.getDevices().stream().filter(NetworkDevice.class::isInstance).map(d -> ((NetworkDevice) d).getMac()).toList())
				.toList();
	}

	private static Path checker;
	private static String noChecker;

	/**
	 * {@code file}'s disks as Xen's libxlutil parses them ({@code xlcheck.c} of the generator tests, built once),
	 * {@code disk PATH vdev=V readwrite=N} each; null, with the reason printed, where it cannot be built.
	 */
	private static List<String> xl(Path file) throws Exception {
		if (checker == null && noChecker == null) {
			Path source = Fixtures.resource("../../org.avpstudio.generator.tests/resources/xlcheck.c");
			Path binary = Files.createTempDirectory("xlcheck").resolve("xlcheck");
			Fixtures.Run cc = Files.isRegularFile(source) ? Fixtures.run(List.of("gcc", "-o", binary.toString(), source.toString(), "-lxlutil", "-lxenlight"))
					: new Fixtures.Run(1, source + " not found");
			if (cc.exit() == 0) {
				checker = binary;
			} else {
				noChecker = cc.output();
				System.out.println("XenImportTest: inputs not checked with Xen's parser (libxlutil, apt-get install libxen-dev): " + noChecker);
			}
		}
		if (checker == null) {
			return null;
		}
		Fixtures.Run parse = Fixtures.run(List.of(checker.toString(), file.toString()));
		assertEquals(file + ": " + parse.output(), 0, parse.exit());
		return parse.output().lines().filter(l -> l.startsWith("disk ")).map(l -> l.replaceAll(" format=\\d+", "").replaceAll(" backend=\\S+", "")).toList();
	}

	private static void assertError(Path file, String expected) {
		String message = Fixtures.refusal(file, "xen");
		assertTrue(message + "\n expected: " + expected, message.startsWith(expected));
	}

	private Path file(String name, String content) throws Exception {
		return Fixtures.file(tmp, name, content);
	}
}
