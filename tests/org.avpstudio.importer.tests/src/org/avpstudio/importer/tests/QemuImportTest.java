// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.EntropySource;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.InputDevice;
import org.avpstudio.model.InputKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.Transport;
import org.avpstudio.model.UserNetworkBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogAction;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.WatchdogModel;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * QEMU configurations imported: a -readconfig file, a libvirt-style .args file and a start script (QemuOpts and JSON
 * options, back-ends followed from the devices), what is left out with its line, errors with line and column,
 * detection, and every readconfig file of ../shared/corpus/qemu and .args file of ../shared/corpus/libvirt (skipped
 * with a printed reason when absent).
 */
public class QemuImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everySectionOfTheReadconfigFixtureFindsAPlace() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("qemu/gateway.cfg")), null);
		assertEquals(imported.report().leftOut().toString(), List.of(), imported.report().leftOut());
		assertEquals(HypervisorKind.KVM_QEMU, imported.platform().getHypervisor().getKind());
		assertEquals(Architecture.X86_64, imported.platform().getHardware().getArchitecture());
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals("gateway", vm.getName());
		assertEquals(512, vm.getMemoryMiB());
		assertEquals(2, vm.getVcpus().size());
		assertEquals(BootProtocol.LINUX_DIRECT, vm.getBoot().getProtocol());
		assertEquals("/boot/vmlinuz-gw", vm.getBoot().getKernel());
		assertEquals("console=hvc0 root=/dev/vda", vm.getBoot().getCommandLine());
		assertEquals(List.of("BlockDevice vda", "NetworkDevice eth0", "EntropyDevice rng0", "ConsoleDevice hvc0"), kinds(vm));
		BlockDevice vda = (BlockDevice) vm.getDevices().get(0);
		assertEquals("/srv/gw,v2.qcow2", ((ImageBackend) vda.getBackend()).getPath());
		assertEquals(ImageFormat.QCOW2, ((ImageBackend) vda.getBackend()).getFormat());
		assertTrue(vda.isReadOnly());
		NetworkDevice eth0 = (NetworkDevice) vm.getDevices().get(1);
		assertEquals("52:54:00:12:34:56", eth0.getMac());
		assertTrue(eth0.getBackend() instanceof UserNetworkBackend);
		assertEquals(EntropySource.HOST_RANDOM, ((EntropyDevice) vm.getDevices().get(2)).getSource());
		assertEquals("gateway.cfg:22", imported.report().origin(vda).toString());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void theArgsFixtureFollowsBackEndsAndListsWhatIsLeftOutWithItsLine() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("qemu/infotainment.args")), null);
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals("infotainment", vm.getName());
		assertEquals(2048, vm.getMemoryMiB());
		assertEquals(4, vm.getVcpus().size());
		assertEquals(List.of("BlockDevice maps", "BlockDevice media", "NetworkDevice net0", "GpuDevice display", "InputDevice touch", "InputDevice keys",
				"VsockDevice vsock0", "BalloonDevice balloon0", "FileSystemDevice share", "IommuDevice iommu0", "WatchdogDevice wdt"), kinds(vm));
		BlockDevice maps = (BlockDevice) vm.getDevices().get(0);
		assertEquals("/var/lib/avp/maps.qcow2", ((ImageBackend) maps.getBackend()).getPath());
		assertEquals(ImageFormat.QCOW2, ((ImageBackend) maps.getBackend()).getFormat());
		assertTrue(maps.isReadOnly());
		BlockDevice media = (BlockDevice) vm.getDevices().get(1);
		assertEquals("/var/lib/avp/media.img", ((ImageBackend) media.getBackend()).getPath());
		assertEquals(ImageFormat.RAW, ((ImageBackend) media.getBackend()).getFormat());
		assertFalse(media.isReadOnly());
		assertEquals(4, media.getQueues().get(0).getCount());
		assertEquals(128, media.getQueues().get(0).getSize());
		NetworkDevice net = (NetworkDevice) vm.getDevices().get(2);
		assertEquals("52:54:00:00:00:01", net.getMac());
		assertEquals("tap-ivi", ((TapBackend) net.getBackend()).getIfname());
		assertEquals(List.of("VIRTIO_F_RING_PACKED"), net.getFeatures());
		GpuDevice gpu = (GpuDevice) vm.getDevices().get(3);
		assertEquals(GpuMode.MODE_3D, gpu.getMode());
		assertEquals(2, gpu.getScanouts());
		assertEquals(InputKind.TABLET, ((InputDevice) vm.getDevices().get(4)).getKind());
		assertEquals(7, ((VsockDevice) vm.getDevices().get(6)).getGuestCid());
		FileSystemDevice share = (FileSystemDevice) vm.getDevices().get(8);
		assertEquals(FileSystemProtocol.NINE_P, share.getProtocol());
		assertEquals("media", share.getTag());
		assertEquals("/srv/share,media", ((HostPathBackend) share.getBackend()).getPath());
		assertTrue(share.isReadOnly());
		WatchdogDevice wdt = (WatchdogDevice) vm.getDevices().get(10);
		assertEquals(WatchdogModel.I6300ESB, wdt.getModel());
		assertEquals(WatchdogAction.POWER_OFF_VM, wdt.getAction());
		List<String> left = imported.report().leftOut().stream().map(Object::toString).toList();
		for (String expected : List.of("infotainment.args:1: LC_ALL=C: an environment variable", "infotainment.args:4: -name debug-threads=on",
				"infotainment.args:5: -S: starts the guest paused", "infotainment.args:6: -machine usb=off",
				"infotainment.args:8: -smp sockets=4: CPU topology", "infotainment.args:9: -uuid 0b5e1c52", "infotainment.args:12: -rtc base=utc",
				"infotainment.args:13: -device {\"driver\":\"pcie-root-port\"", "infotainment.args:14: -blockdev auto-read-only=on",
				"infotainment.args:16: -device bus=pci.1: device placement", "infotainment.args:16: -device addr=0x0: PCI address",
				"infotainment.args:20: -device event_idx=off: a VIRTIO feature switched off", "infotainment.args:26: -fsdev security_model=mapped-xattr",
				"infotainment.args:31: -device {\"driver\":\"ide-cd\"", "infotainment.args:32: -sandbox on,obsolete=deny")) {
			assertTrue(expected + " in " + left, left.stream().anyMatch(l -> l.startsWith(expected)));
		}
		for (String mapped : List.of("-blockdev", "-netdev", "-fsdev", "-action", "-m ", "-device {\"driver\":\"virtio-net-pci\"")) {
			assertFalse(mapped + " is mapped as a whole: " + left, left.stream().anyMatch(l -> l.contains(": " + mapped) && !l.contains("=")));
		}
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void aStartScriptIsReadForItsQemuCommandOnly() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("qemu/cluster.sh")), null);
		assertEquals(Architecture.AARCH64, imported.platform().getHardware().getArchitecture());
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals("cluster", vm.getName());
		assertEquals(1024, vm.getMemoryMiB());
		assertEquals(2, vm.getVcpus().size());
		assertEquals("/boot/Image-cluster", vm.getBoot().getKernel());
		assertEquals("/boot/initrd-cluster", vm.getBoot().getInitrd());
		assertEquals("console=hvc0 root=/dev/vda rw", vm.getBoot().getCommandLine());
		assertTrue(vm.isEmulatedUart());
		assertEquals(List.of("BlockDevice rootfs", "NetworkDevice eth0", "NetworkDevice eth1", "GpuDevice gpu0", "InputDevice pointer",
				"FileSystemDevice config", "FileSystemDevice logs", "EntropyDevice rng0"), kinds(vm));
		NetworkDevice eth0 = (NetworkDevice) vm.getDevices().get(1);
		assertEquals(Transport.MMIO, eth0.getTransport());
		assertTrue(eth0.isBehindIommu());
		assertEquals(List.of("VIRTIO_F_ACCESS_PLATFORM"), eth0.getFeatures());
		assertEquals("52:54:00:00:00:03", ((NetworkDevice) vm.getDevices().get(2)).getMac());
		assertFalse(((NetworkDevice) vm.getDevices().get(2)).isSetTransport());
		assertEquals("/run/avp/fs.sock", ((VhostUserBackend) vm.getDevices().get(5).getBackend()).getSocket());
		assertEquals("/srv/logs", ((HostPathBackend) vm.getDevices().get(6).getBackend()).getPath());
		assertEquals(EntropySource.HOST_URANDOM, ((EntropyDevice) vm.getDevices().get(7)).getSource());
		assertEquals(Transport.MMIO, vm.getDevices().get(7).getTransport());
		assertEquals("cluster.sh:15", imported.report().origin(vm.getDevices().get(0)).toString());
		List<String> left = imported.report().leftOut().stream().map(Object::toString).toList();
		for (String expected : List.of("cluster.sh:3: set -e: not a QEMU command", "cluster.sh:4: DISK=/var/lib/avp/cluster-data.img: not a QEMU command",
				"cluster.sh:5: mkdir -p /run/avp: not a QEMU command", "cluster.sh:16: -drive if=virtio,file=$DISK,format=raw: the shell expands it",
				"cluster.sh:31: $@: the shell expands it", "cluster.sh:30: -display none", "cluster.sh:25: -virtfs security_model=none")) {
			assertTrue(expected + " in " + left, left.stream().anyMatch(l -> l.startsWith(expected)));
		}
		assertFalse(left.toString(), left.stream().anyMatch(l -> l.contains("-cpu") || l.contains("-machine") || l.contains("-chardev")));
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void malformedOptionsNameFileLineAndColumn() throws Exception {
		assertError(Fixtures.resource("qemu/broken-device.args"), "broken-device.args:4:9: -device without a driver");
		assertError(Fixtures.resource("qemu/broken-json.sh"), "broken-json.sh:3:");
		assertError(Fixtures.resource("qemu/broken-json.sh"), "malformed JSON");
		assertError(Fixtures.resource("qemu/broken-readconfig.cfg"), "broken-readconfig.cfg:3:3: a value in double quotes expected");
		assertError(file("last.sh", "qemu-system-x86_64 -m 256 -device\n"), "last.sh:1:27: -device needs an argument");
		assertError(file("size.sh", "qemu-system-x86_64 -m lots\n"), "size.sh:1:23: 'lots' is not a size");
		assertError(file("huge.sh", "qemu-system-x86_64 -m 999999999999999999T\n"), "huge.sh:1:23: '999999999999999999T' is more memory than a guest can have");
		assertError(file("many.sh", "qemu-system-x86_64 -smp sockets=999,cores=999,threads=999\n"), "many.sh:1:25: 997002999 vCPUs; QEMU runs at most 4096");
		assertError(file("quote.sh", "qemu-system-x86_64 -name 'x\n"), "quote.sh:1:26: unclosed single quote");
		assertError(file("json.sh", "qemu-system-x86_64 -netdev '{\"type\":\"user\",\"id\":}'\n"), "json.sh:1:49: malformed JSON");
		assertError(file("nodriver.sh", "qemu-system-x86_64 -device '{\"id\":\"x\"}'\n"), "nodriver.sh:1:29: -device without a driver");
		assertError(file("section.cfg", "[device]\n  driver = \"virtio-rng-pci\"\n[device \"x\"\n"), "section.cfg:3:1: malformed section header");
	}

	@Test
	public void theFormatIsDetectedFromContent() throws Exception {
		for (String fixture : List.of("gateway.cfg", "infotainment.args", "cluster.sh")) {
			assertEquals(fixture, "qemu", Importers.detect(Files.readString(Fixtures.resource("qemu/" + fixture))).orElseThrow().id());
		}
		assertEquals("qemu", Importers.detect("#!/bin/sh\nmemory=2048\nexec /opt/qemu/bin/qemu-system-riscv64 -m $memory\n").orElseThrow().id());
		assertEquals("xen", Importers.detect(Files.readString(Fixtures.resource("gateway.cfg"))).orElseThrow().id());
		assertEquals("xen", Importers.detect("name = 'hvm'\ndevice_model_override = \"/usr/bin/qemu-system-x86_64\"\n").orElseThrow().id());
		assertTrue(Importers.detect("[vm]\nname = x\n").isEmpty());
		assertTrue(Importers.detect("echo qemu-system-x86_64\n").isEmpty());
	}

	@Test
	public void severalQemuCommandsOfAScriptAreSeveralVmsAndSizesCountsAndTopologyAreRead() throws Exception {
		Path script = file("two.sh", "qemu-system-x86_64 -name a -m 128 &\nqemu-system-x86_64 -name a -m 256 -smp 2\nwait\n");
		PlatformImport.Result imported = PlatformImport.read("car", List.of(script), null);
		assertEquals(List.of("a", "a_2"), imported.platform().getVirtualMachines().stream().map(VirtualMachine::getName).toList());
		assertEquals(256, imported.platform().getVirtualMachines().get(1).getMemoryMiB());
		assertNull(imported.platform().getVirtualMachines().get(0).getBoot());
		PlatformImport.Result topology = PlatformImport.read("car", List.of(file("topology.sh", "qemu-system-x86_64 -m 2G,maxmem=4G,slots=2 -smp sockets=2,cores=2\n")), null);
		assertEquals(4, topology.platform().getVirtualMachines().get(0).getVcpus().size());
		assertEquals(2048, topology.platform().getVirtualMachines().get(0).getMemoryMiB());
		assertEquals(List.of("topology.sh:1: -m maxmem=4G: memory hot-plug: the model has a fixed memory size", "topology.sh:1: -m slots=2: memory hot-plug: the model has a fixed memory size",
				"topology.sh:1: -smp sockets=2: CPU topology: the model counts vCPUs only", "topology.sh:1: -smp cores=2: CPU topology: the model counts vCPUs only"),
				topology.report().leftOut().stream().map(Object::toString).toList());
		PlatformImport.Result probed = PlatformImport.read("car", List.of(file("probed.sh", "qemu-system-x86_64 -drive if=virtio,file=/srv/a.qcow2 -drive if=virtio,file=/srv/b.img -nic user\n")), null);
		assertEquals(List.of(ImageFormat.QCOW2, ImageFormat.RAW), probed.platform().getVirtualMachines().get(0).getDevices().stream()
				.map(d -> ((ImageBackend) d.getBackend()).getFormat()).toList());
		PlatformImport.Result legacy = PlatformImport.read("car", List.of(file("legacy.sh", "qemu-system-x86_64 -enable-kvm -hda disk.img -net nic -net user\n")), null);
		assertEquals(List.of("legacy.sh:1: -hda disk.img: a disk on the machine's default interface (IDE): not a VIRTIO disk",
				"legacy.sh:1: -net nic: QEMU's legacy -net option (a hub, a card of the machine's default model): not read; -nic or -netdev with a virtio-net device is",
				"legacy.sh:1: -net user: QEMU's legacy -net option (a hub, a card of the machine's default model): not read; -nic or -netdev with a virtio-net device is"),
				legacy.report().leftOut().stream().map(Object::toString).toList());
		assertEquals(List.of("probed.sh:1: -nic user: a network card of the machine's default model, not virtio-net"),
				probed.report().leftOut().stream().map(Object::toString).toList());
	}

	@Test
	public void everyCorpusReadconfigAndArgsFileImportsToAUsableModel() throws Exception {
		List<Path> files = corpusFiles();
		List<String> complete = new ArrayList<>();
		for (Path file : files) {
			PlatformImport.Result imported = PlatformImport.read("corpus", List.of(file), null);
			assertEquals(file.toString(), 1, imported.platform().getVirtualMachines().size());
			if (imported.report().complete()) {
				complete.add(file.getFileName().toString());
			}
			VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
			System.out.println("QemuImportTest: " + file.getParent().getFileName() + "/" + file.getFileName() + ": mapped " + vm.getMemoryMiB() + " MiB, "
					+ vm.getVcpus().size() + " vCPUs, " + kinds(vm) + "; " + imported.report().leftOut().size() + " left out: "
					+ imported.report().leftOut().stream().map(l -> l.at().line() + " " + l.what()).toList());
			Fixtures.written(imported, tmp.newFolder().toPath());
		}
		System.out.println("QemuImportTest: " + files.size() + " corpus files imported and usable; fully mapped: " + complete);
	}

	@Test
	public void flashFirmwareBootsUefiAndItsVariableStoreIsLeftOutAsSuch() throws Exception {
		Path script = file("flash.sh", "qemu-system-aarch64 -m 512 \\\n"
				+ "-blockdev '{\"driver\":\"file\",\"filename\":\"/usr/share/AAVMF/AAVMF_CODE.fd\",\"node-name\":\"code-file\"}' \\\n"
				+ "-blockdev '{\"node-name\":\"code\",\"read-only\":true,\"driver\":\"raw\",\"file\":\"code-file\"}' \\\n"
				+ "-blockdev '{\"driver\":\"file\",\"filename\":\"/var/lib/avp/VARS.fd\",\"node-name\":\"vars-file\"}' \\\n"
				+ "-blockdev '{\"node-name\":\"vars\",\"driver\":\"raw\",\"file\":\"vars-file\"}' \\\n"
				+ "-machine virt,pflash0=code,pflash1=vars\n");
		PlatformImport.Result imported = PlatformImport.read("car", List.of(script), null);
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals(BootProtocol.UEFI, vm.getBoot().getProtocol());
		assertEquals("/usr/share/AAVMF/AAVMF_CODE.fd", vm.getBoot().getFirmware());
		assertEquals(List.of("flash.sh:4: the UEFI variable store", "flash.sh:5: the UEFI variable store", "flash.sh:6: the UEFI variable store"),
				imported.report().leftOut().stream().map(l -> l.at() + ": " + l.why().replaceAll(":.*", "")).toList());
		PlatformImport.Result pflash = PlatformImport.read("car", List.of(file("pflash.sh", "qemu-system-x86_64 -pflash /usr/share/OVMF/OVMF_CODE.fd\n")), null);
		assertEquals("/usr/share/OVMF/OVMF_CODE.fd", pflash.platform().getVirtualMachines().get(0).getBoot().getFirmware());
		assertTrue(pflash.report().complete());
	}

	/** The readconfig files of ../shared/corpus/qemu and the .args files of ../shared/corpus/libvirt. */
	static List<Path> corpusFiles() throws Exception {
		List<Path> files = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(Fixtures.corpus("qemu"))) {
			walk.filter(f -> f.toString().endsWith(".cfg")).sorted().forEach(files::add);
		}
		try (Stream<Path> list = Files.list(Fixtures.corpus("libvirt"))) {
			list.filter(f -> f.toString().endsWith(".args")).sorted().forEach(files::add);
		}
		assertFalse(files.isEmpty());
		return files;
	}

	static List<String> kinds(VirtualMachine vm) {
		return vm.getDevices().stream().map((VirtioDevice d) -> d.eClass().getName() + " " + d.getName()).toList();
	}

	private static void assertError(Path file, String expected) {
		String message = Fixtures.refusal(file, null);
		assertTrue(message + "\n expected: " + expected, message.contains(expected));
		assertTrue(message, message.startsWith(file.toString()) || message.startsWith(file.getFileName().toString()));
	}

	private Path file(String name, String content) throws Exception {
		return Fixtures.file(tmp, name, content);
	}
}
