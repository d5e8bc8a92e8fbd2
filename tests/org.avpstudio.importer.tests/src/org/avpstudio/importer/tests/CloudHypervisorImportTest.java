// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.avpstudio.core.Generation;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Targets;
import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.internal.Json;
import org.avpstudio.model.BalloonDevice;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.EntropySource;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.IommuDevice;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.WatchdogDevice;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Cloud Hypervisor VmConfig JSON imported: what maps, what is left out (with its line), errors at file:line:column,
 * detection, and the round trip import → .avp → Cloud Hypervisor target (a command line) → the VmConfig that command line
 * stands for, checked against the OpenAPI schema's VmConfig of ../shared/corpus/cloud-hypervisor → import again, for the
 * fixtures and the corpus's vm.create.json (skipped with a printed reason when absent).
 */
public class CloudHypervisorImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everyMemberOfTheFixtureFindsAPlace() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("ch-full.json")), null);
		assertEquals(imported.report().leftOut().toString(), List.of(), imported.report().leftOut());
		assertEquals(HypervisorKind.CLOUD_HYPERVISOR, imported.platform().getHypervisor().getKind());
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals("ch_full", vm.getName());
		assertEquals(1024, vm.getMemoryMiB());
		assertEquals(2, vm.getVcpus().size());
		assertTrue(vm.isEmulatedUart());
		assertEquals(BootProtocol.LINUX_DIRECT, vm.getBoot().getProtocol());
		assertEquals("/boot/ivi/vmlinux", vm.getBoot().getKernel());
		assertEquals("/boot/ivi/initrd.img", vm.getBoot().getInitrd());
		assertEquals("console=hvc0 root=/dev/vda rw", vm.getBoot().getCommandLine());
		assertEquals(List.of("rootfs", "disk0", "spdk", "lan", "net0", "rng0", "balloon0", "share", "console0", "watchdog0", "iommu_0"),
				vm.getDevices().stream().map(VirtioDevice::getName).toList());
		BlockDevice root = (BlockDevice) vm.getDevices().get(0);
		assertEquals("/var/lib/ch/ivi-root.raw", ((ImageBackend) root.getBackend()).getPath());
		assertEquals(2, root.getQueues().get(0).getCount());
		assertEquals(256, root.getQueues().get(0).getSize());
		BlockDevice maps = (BlockDevice) vm.getDevices().get(1);
		assertTrue(maps.isReadOnly());
		assertTrue(maps.isBehindIommu());
		assertEquals(ImageFormat.QCOW2, ((ImageBackend) maps.getBackend()).getFormat());
		assertEquals("/run/spdk/vhost-blk.sock", ((VhostUserBackend) vm.getDevices().get(2).getBackend()).getSocket());
		NetworkDevice lan = (NetworkDevice) vm.getDevices().get(3);
		assertEquals("52:54:00:12:34:56", lan.getMac());
		assertEquals("ivi-tap0", ((TapBackend) lan.getBackend()).getIfname());
		assertEquals(4, lan.getQueues().get(0).getCount());
		assertEquals("/run/dpdk/vhost-net.sock", ((VhostUserBackend) vm.getDevices().get(4).getBackend()).getSocket());
		assertEquals(EntropySource.HOST_RANDOM, ((EntropyDevice) vm.getDevices().get(5)).getSource());
		assertEquals(List.of("VIRTIO_BALLOON_F_DEFLATE_ON_OOM", "VIRTIO_BALLOON_F_PAGE_REPORTING"), vm.getDevices().get(6).getFeatures());
		FileSystemDevice share = (FileSystemDevice) vm.getDevices().get(7);
		assertEquals("shared", share.getTag());
		assertEquals("/run/virtiofsd/ivi.sock", ((VhostUserBackend) share.getBackend()).getSocket());
		assertTrue(vm.getDevices().get(8) instanceof ConsoleDevice);
		assertTrue(vm.getDevices().get(9) instanceof WatchdogDevice);
		assertTrue(vm.getDevices().get(10) instanceof IommuDevice);
		assertEquals("ch-full.json:1", imported.report().origin(vm).toString());
		assertEquals("ch-full.json:7", imported.report().origin(maps).toString());
		assertEquals("ch-full.json:11", imported.report().origin(lan).toString());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void membersWithoutAPlaceAreListedWithTheirLines() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("ch-leftovers.json")), "cloud-hypervisor");
		List<String> left = imported.report().leftOut().stream().map(Object::toString).toList();
		for (String expected : List.of("ch-leftovers.json:2: cpus.max_vcpus = 4: the model has no hot-pluggable vCPUs",
				"ch-leftovers.json:3: cpus.topology = {...}", "ch-leftovers.json:4: cpus.affinity[0] (vCPU 0 on host CPUs [2, 3]): the model pins a vCPU to one host core",
				"ch-leftovers.json:5: memory.hugepages = true: the model does not say how guest memory is backed",
				"ch-leftovers.json:7: disks[0].image_type = \"Vhdx\": the model's image formats are raw and qcow2", "ch-leftovers.json:7: disks[0].direct = true",
				"ch-leftovers.json:8: net[0].ip = \"192.168.10.1\": the host's address on the tap", "ch-leftovers.json:8: net[0].mask = ",
				"ch-leftovers.json:9: pmem = [...]: the model has no virtio-pmem device", "ch-leftovers.json:10: vsock.socket = \"/tmp/ch.vsock\"",
				"ch-leftovers.json:11: devices[0].path = \"/sys/bus/pci/devices/0000:01:00.0\": no hardware section is known",
				"ch-leftovers.json:12: console.file = \"/tmp/console.log\"", "ch-leftovers.json:13: platform = {...}", "ch-leftovers.json:14: pvpanic = true")) {
			assertTrue(expected + " in " + left, left.stream().anyMatch(l -> l.startsWith(expected)));
		}
		assertEquals(left.toString(), 14, left.size());
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals(513, vm.getMemoryMiB()); // one byte over 512 MiB rounds up
		assertEquals(BootProtocol.UEFI, vm.getBoot().getProtocol());
		assertEquals("/usr/share/cloud-hypervisor/CLOUDHV.fd", vm.getBoot().getFirmware());
		assertFalse(vm.getDevices().stream().anyMatch(ConsoleDevice.class::isInstance)); // mode Off
		assertEquals("12:34:56:78:90:01", ((NetworkDevice) vm.getDevices().get(1)).getMac());
		assertNull(vm.getDevices().get(1).getBackend());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void affinityAndPassThroughNeedTheHostHardware() throws Exception {
		Path pinned = file("pinned.json", "{\"payload\": {\"kernel\": \"/k\"}, \"cpus\": {\"boot_vcpus\": 2, \"max_vcpus\": 2, \"affinity\": [\n"
				+ "{\"vcpu\": 0, \"host_cpus\": [6]}, {\"vcpu\": 1, \"host_cpus\": [7]}]},\n \"devices\": [{\"path\": \"/sys/bus/pci/devices/0000:03:00.0/\"}]}");
		PlatformImport.Result withHost = PlatformImport.read("car", List.of(Fixtures.resource("two-guests.xml"), pinned), null);
		VirtualMachine vm = withHost.platform().getVirtualMachines().get(2);
		assertEquals(List.of(6, 7), vm.getVcpus().stream().map(c -> c.getPinnedTo().getIndex()).toList());
		assertEquals("0000:03:00.0", vm.getPassthrough().get(0).getAddress());
		assertTrue(withHost.report().leftOut().toString(), withHost.report().leftOut().stream().noneMatch(l -> l.at().toString().startsWith("pinned")
				&& !l.why().contains("hypervisor is kvm-qemu")));
		Fixtures.written(withHost, tmp.newFolder().toPath());
		PlatformImport.Result alone = PlatformImport.read("car", List.of(pinned), null);
		assertEquals(alone.report().leftOut().toString(), 3, alone.report().leftOut().size());
	}

	@Test
	public void errorsNameFileLineAndColumn() throws Exception {
		assertError(Fixtures.resource("ch-broken.json"), "ch-broken.json:5:5: malformed JSON");
		assertError(file("comma.json", "{\"payload\": {\"kernel\": \"/k\"}\n \"cpus\": {}}"), "comma.json:2:2: malformed JSON");
		assertError(file("type.json", "{\"payload\": {\"kernel\": \"/k\"},\n \"cpus\": {\"boot_vcpus\": \"two\", \"max_vcpus\": 2}}"),
				"type.json:2:25: 'cpus.boot_vcpus' takes a whole number, found the string \"two\"");
		assertError(file("mode.json", "{\"payload\": {\"kernel\": \"/k\"},\n  \"console\": {\"mode\": \"Window\"}}"),
				"mode.json:2:23: 'console.mode' is \"Window\"; Cloud Hypervisor takes one of [Off, Pty, Tty, File, Socket, Null]");
		assertError(file("huge.json", "{\"payload\": {\"kernel\": \"/k\"}, \"memory\": {\"size\": 123456789012345678901234567890}}"),
				"huge.json:1:50: 'memory.size' is 123456789012345678901234567890; it takes a whole number from 1 to");
		assertError(file("deep.json", "{\"payload\": {\"kernel\": \"/k\"}, \"platform\": " + "[".repeat(200) + "]".repeat(200) + "}"), "deep.json:1:");
		assertError(file("nopayload.json", "{\"cpus\": {\"boot_vcpus\": 1, \"max_vcpus\": 1}}"), "nopayload.json:1:1: a VmConfig needs 'payload'");
		assertError(file("nullpayload.json", "{\"payload\": null}"), "nullpayload.json:1:1: a VmConfig needs 'payload'");
		assertError(file("cid.json", "{\"payload\": {\"kernel\": \"/k\"}, \"vsock\": {\"cid\": 2, \"socket\": \"/s\"}}"), "cid.json:1:48: 'vsock.cid' is 2");
		assertError(file("array.json", "[1, 2]"), "array.json:1:1: 'VmConfig' takes an object");
		assertError(file("other.json", "{\"name\": \"x\"}"), "other.json:1:1: not a Cloud Hypervisor VmConfig");
		assertError(file("mac.json", "{\"payload\": {\"kernel\": \"/k\"}, \"net\": [{\"mac\": \"nope\"}]}"), "mac.json:1:47: 'net[0].mac' is not a MAC address");
	}

	@Test
	public void theFormatIsDetectedFromContent() throws Exception {
		assertEquals("cloud-hypervisor", Importers.detect(Files.readString(Fixtures.resource("ch-full.json"))).orElseThrow().id());
		assertEquals("cloud-hypervisor", Importers.detect("  {\n\"payload\": {}}").orElseThrow().id());
		assertTrue(Importers.detect("{\"name\": \"Virtio Custom Test\", \"events\": []}").isEmpty());
		assertTrue(Importers.detect("[{\"cpus\": 1}]").isEmpty());
		assertEquals("cloud-hypervisor", Importers.detect("{\"watchdog\": true, \"payload\": {\"kernel\": \"/k\"}}").orElseThrow().id());
	}

	@Test
	public void theFixturesComeBackThroughTheCloudHypervisorTarget() throws Exception {
		roundTrip(Fixtures.resource("ch-full.json"));
		roundTrip(Fixtures.resource("ch-leftovers.json"));
	}

	@Test
	public void theCorpusVmConfigComesBackThroughTheCloudHypervisorTarget() throws Exception {
		Path corpus = Fixtures.corpus("cloud-hypervisor");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
		}
		assertFalse(files.isEmpty());
		for (Path file : files) {
			PlatformImport.Result imported = PlatformImport.read("corpus", List.of(file), null);
			assertEquals(file.toString(), 1, imported.platform().getVirtualMachines().size());
			System.out.println("CloudHypervisorImportTest: " + corpus.relativize(file) + ": " + imported.report().mapped().size() + " mapped, left out: "
					+ imported.report().leftOut());
			roundTrip(file);
		}
		// the schema's own VmConfig: what the test checks generated configurations against
		OpenApiSchema schema = schema();
		assertTrue(schema.component("VmConfig").required().contains("payload"));
		assertEquals(List.of("Off", "Pty", "Tty", "File", "Socket", "Null"), schema.component("ConsoleMode").values());
		for (Path file : files) {
			assertEquals(file.toString(), List.of(), schema.check(Json.parse(file, Files.readString(file)), "VmConfig"));
		}
	}

	@Test
	public void aBodyTheSchemaRefusesIsCaughtByTheSchemaCheck() throws Exception {
		OpenApiSchema schema = schemaOrSkip();
		Path bad = file("bad.json", "{\"payload\": {\"kernel\": \"/k\"}, \"cpus\": {\"boot_vcpus\": 1}, \"disks\": [{\"path\": 3, \"colour\": \"red\"}]}");
		List<String> problems = schema.check(Json.parse(bad, Files.readString(bad)), "VmConfig");
		assertEquals(problems.toString(), 3, problems.size());
	}

	private void roundTrip(Path input) throws Exception {
		PlatformImport.Result imported = PlatformImport.read("trip", List.of(input), null);
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.Result generated = Generation.generate(model, List.of(Targets.byName("cloud-hypervisor").orElseThrow()), out);
		Set<String> notExpressed = new HashSet<>();
		generated.findings().forEach(f -> notExpressed.add(EcoreUtil.getURI(f.element()).fragment()));
		OpenApiSchema schema = schemaOrNull();
		List<Path> configs = new ArrayList<>();
		for (VirtualMachine vm : model.platform().getVirtualMachines()) {
			String json = CloudHypervisorCommandLine.vmConfig(out.resolve("cloud-hypervisor/" + vm.getName() + ".sh"));
			Path config = tmp.newFolder().toPath().resolve(vm.getName() + ".json");
			Files.writeString(config, json);
			if (schema != null) {
				assertEquals(json, List.of(), schema.check(Json.parse(config, json), "VmConfig"));
			}
			configs.add(config);
		}
		PlatformImport.Result back = PlatformImport.read("trip", configs, "cloud-hypervisor");
		assertEquals(input.toString(), facts(model.platform().getVirtualMachines(), notExpressed), facts(back.platform().getVirtualMachines(), Set.of()));
	}

	// name, vCPUs and pinning, memory, device kinds (less those the target says it cannot express), disk sources, MACs.
	// A VM without a console gets Cloud Hypervisor's default one back: the target writes no '--console off'.
	static List<String> facts(List<VirtualMachine> vms, Set<String> notExpressed) {
		return vms.stream().map(vm -> vm.getName() + " vcpus=" + vm.getVcpus().stream().map(c -> c.getPinnedTo() == null ? "-" : "" + c.getPinnedTo().getIndex()).toList()
				+ " memory=" + vm.getMemoryMiB() + " devices="
				+ vm.getDevices().stream().filter(d -> !notExpressed.contains(EcoreUtil.getURI(d).fragment())).map(d -> d.eClass().getName()).filter(k -> !k.equals("ConsoleDevice"))
						.sorted().toList()
				+ " disks=" + vm.getDevices().stream().filter(d -> d instanceof BlockDevice && !notExpressed.contains(EcoreUtil.getURI(d).fragment()))
						.map(d -> d.getBackend() instanceof ImageBackend i ? i.getPath() + (((BlockDevice) d).isReadOnly() ? " ro" : "") : "?").toList()
				+ " macs=" + vm.getDevices().stream().filter(NetworkDevice.class::isInstance).map(d -> ((NetworkDevice) d).getMac()).toList()
				+ " balloons=" + vm.getDevices().stream().filter(BalloonDevice.class::isInstance).count())
				.toList();
	}

	private static OpenApiSchema schemaOrNull() throws Exception {
		Path yaml = Path.of(System.getProperty("avp.corpus", "../../../shared/corpus")).toAbsolutePath().normalize().resolve("cloud-hypervisor/cloud-hypervisor.yaml");
		if (!Files.isRegularFile(yaml)) {
			System.out.println("CloudHypervisorImportTest: generated VmConfigs not checked against the OpenAPI schema: no " + yaml);
			return null;
		}
		return new OpenApiSchema(yaml);
	}

	private static OpenApiSchema schema() throws Exception {
		return new OpenApiSchema(Fixtures.corpus("cloud-hypervisor").resolve("cloud-hypervisor.yaml"));
	}

	private static OpenApiSchema schemaOrSkip() throws Exception {
		return schema();
	}

	private static void assertError(Path file, String expected) {
		String message = Fixtures.refusal(file, "cloud-hypervisor");
		assertTrue(message + "\n expected: " + expected, message.startsWith(expected));
	}

	private Path file(String name, String content) throws Exception {
		return Fixtures.file(tmp, name, content);
	}
}
