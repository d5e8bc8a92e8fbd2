// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.avpstudio.core.Generation;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.generator.Targets;
import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.Importers;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.internal.CrosvmOptions;
import org.avpstudio.importer.internal.ShellWords;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.InputDevice;
import org.avpstudio.model.InputKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * crosvm run command lines imported: what maps, what is left out (with its line), errors at file:line:column,
 * detection (not the input-device JSON next to the example scripts), and the round trip import → .avp → crosvm target →
 * each generated option one crosvm takes → import again, for the fixtures and every example script of
 * ../shared/corpus/crosvm (skipped with a printed reason when absent).
 */
public class CrosvmImportTest {

	// what the crosvm target writes, per option the keys crosvm's parser takes for it (crosvm's sources)
	private static final Map<String, Set<String>> GENERATED_KEYS = Map.of("--cpus", Set.of("num-cores"), "--mem", Set.of("size"), "--block",
			Set.of("path", "ro"), "--net", Set.of("tap-name", "mac"), "--vsock", Set.of("cid"), "--serial", Set.of("type", "hardware", "num", "console"),
			"--gpu", Set.of("backend"));

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everyOptionOfTheFixtureFindsAPlace() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("crosvm-full.sh")), null);
		assertEquals(imported.report().leftOut().toString(), List.of(), imported.report().leftOut());
		assertEquals(HypervisorKind.CROSVM, imported.platform().getHypervisor().getKind());
		assertEquals(2, imported.platform().getVirtualMachines().size());
		VirtualMachine cluster = imported.platform().getVirtualMachines().get(0);
		assertEquals("cluster", cluster.getName());
		assertEquals(1024, cluster.getMemoryMiB());
		assertEquals(2, cluster.getVcpus().size());
		assertEquals(BootProtocol.LINUX_DIRECT, cluster.getBoot().getProtocol());
		assertEquals("/boot/cluster/vmlinuz", cluster.getBoot().getKernel());
		assertEquals("/boot/cluster/initrd.img", cluster.getBoot().getInitrd());
		assertEquals("console=hvc0 root=/dev/vda", cluster.getBoot().getCommandLine());
		assertEquals(List.of("rootfs", "disk0", "net0", "vsock0", "console0", "gpu0", "input0", "input1", "fs0", "rng0", "balloon0"),
				cluster.getDevices().stream().map(VirtioDevice::getName).toList());
		BlockDevice root = (BlockDevice) cluster.getDevices().get(0);
		assertEquals("/var/lib/crosvm/cluster.img", ((ImageBackend) root.getBackend()).getPath());
		assertTrue(root.isReadOnly());
		assertFalse(((BlockDevice) cluster.getDevices().get(1)).isReadOnly());
		NetworkDevice net = (NetworkDevice) cluster.getDevices().get(2);
		assertEquals("52:54:00:aa:bb:01", net.getMac());
		assertEquals("crosvm_tap", ((TapBackend) net.getBackend()).getIfname());
		assertEquals(3, ((VsockDevice) cluster.getDevices().get(3)).getGuestCid());
		assertEquals(GpuMode.MODE_3D, ((GpuDevice) cluster.getDevices().get(5)).getMode());
		assertEquals(InputKind.KEYBOARD, ((InputDevice) cluster.getDevices().get(6)).getKind());
		assertEquals(InputKind.MOUSE, ((InputDevice) cluster.getDevices().get(7)).getKind());
		FileSystemDevice fs = (FileSystemDevice) cluster.getDevices().get(8);
		assertEquals("share", fs.getTag());
		assertEquals(FileSystemProtocol.VIRTIO_FS, fs.getProtocol());
		assertEquals("/srv/share", ((HostPathBackend) fs.getBackend()).getPath());
		assertEquals(List.of("VIRTIO_BALLOON_F_PAGE_REPORTING"), cluster.getDevices().get(10).getFeatures());
		VirtualMachine second = imported.platform().getVirtualMachines().get(1);
		assertEquals("crosvm_full_2", second.getName());
		assertEquals(512, second.getMemoryMiB());
		assertEquals(BootProtocol.UEFI, second.getBoot().getProtocol());
		assertEquals("/usr/share/crosvm/u-boot.bin", second.getBoot().getFirmware());
		assertEquals(List.of("NetworkDevice", "InputDevice", "BlockDevice", "EntropyDevice"), second.getDevices().stream().map(d -> d.eClass().getName()).toList());
		assertEquals(InputKind.TOUCHSCREEN, ((InputDevice) second.getDevices().get(1)).getKind());
		assertEquals("/run/vhost/blk.sock", ((VhostUserBackend) second.getDevices().get(2).getBackend()).getSocket());
		assertEquals("crosvm-full.sh:3", imported.report().origin(cluster).toString());
		assertEquals("crosvm-full.sh:9", imported.report().origin(net).toString());
		assertEquals("crosvm-full.sh:21", imported.report().origin(second).toString());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void optionsWithoutAPlaceAreListedWithTheirLines() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("crosvm-leftovers.sh")), "crosvm");
		List<String> left = imported.report().leftOut().stream().map(Object::toString).toList();
		for (String expected : List.of("crosvm-leftovers.sh:3: crosvm --log-level debug: crosvm's own option", "crosvm-leftovers.sh:4: --cpus clusters=[[0,1]]",
				"crosvm-leftovers.sh:6: --disable-sandbox: no place in the AVP model", "crosvm-leftovers.sh:7: --block sparse=false",
				"crosvm-leftovers.sh:7: --block o_direct=true", "crosvm-leftovers.sh:8: --host-ip 192.168.30.1: the host's address on the tap",
				"crosvm-leftovers.sh:8: --netmask 255.255.255.0", "crosvm-leftovers.sh:9: --serial type=file", "crosvm-leftovers.sh:9: --serial path=/tmp/serial.log",
				"crosvm-leftovers.sh:10: --cpu-affinity 0=4: no hardware section is known", "crosvm-leftovers.sh:11: --wayland-sock /run/wayland-0",
				"crosvm-leftovers.sh:12: --shared-dir cache=always", "crosvm-leftovers.sh:13: --vfio /sys/bus/pci/devices/0000:02:00.0: no hardware section",
				"crosvm-leftovers.sh:14: --pmem-device /images/pmem.img", "crosvm-leftovers.sh:16: '$KERNEL': holds a shell expansion")) {
			assertTrue(expected + " in " + left, left.stream().anyMatch(l -> l.startsWith(expected)));
		}
		assertEquals(left.toString(), 17, left.size());
		VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
		assertEquals(2, vm.getVcpus().size());
		assertEquals(2048, vm.getMemoryMiB());
		assertTrue(vm.isEmulatedUart());
		assertEquals("52:54:00:aa:bb:02", ((NetworkDevice) vm.getDevices().get(1)).getMac());
		assertEquals(FileSystemProtocol.NINE_P, ((FileSystemDevice) vm.getDevices().get(2)).getProtocol());
		assertEquals("$KERNEL", vm.getBoot().getKernel());
		assertEquals("root=/dev/vda", vm.getBoot().getCommandLine());
		Fixtures.written(imported, tmp.getRoot().toPath());
	}

	@Test
	public void anOptionGivenTwiceTakesTheLastAndReportsTheFirst() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(file("twice.sh", "crosvm run --mem 512 \\\n  --mem 1024 -p a -p b vmlinux\n")), null);
		assertEquals(1024, imported.platform().getVirtualMachines().get(0).getMemoryMiB());
		assertEquals("a b", imported.platform().getVirtualMachines().get(0).getBoot().getCommandLine());
		assertEquals(List.of("twice.sh:1: --mem 512: given again at line 2; the last one is taken"), imported.report().leftOut().stream().map(Object::toString).toList());
	}

	@Test
	public void errorsNameFileLineAndColumn() throws Exception {
		assertError(Fixtures.resource("crosvm-broken.sh"), "crosvm-broken.sh:6:3: '--initrd' needs a value");
		assertError(file("missing.sh", "crosvm run \\\n  --cpus 2 \\\n  --mem\n"), "missing.sh:3:3: '--mem' needs a value");
		assertError(file("before.sh", "crosvm run --mem --cpus 2 vmlinux\n"), "before.sh:1:12: '--mem' needs a value");
		assertError(file("unknown.sh", "crosvm run --cpus 2 --turbo vmlinux\n"), "unknown.sh:1:21: unknown crosvm run option '--turbo'");
		assertError(file("short.sh", "crosvm run -x 2 vmlinux\n"), "short.sh:1:12: unknown crosvm run option '-x'");
		assertError(file("cpus.sh", "crosvm run --cpus many vmlinux\n"), "cpus.sh:1:19: '--cpus' takes a whole number, found 'many'");
		assertError(file("huge.sh", "crosvm run --mem size=99999999999999999999999 vmlinux\n"), "huge.sh:1:18: '--mem' takes a whole number");
		assertError(file("ro.sh", "crosvm run --block /a.img,ro=maybe vmlinux\n"), "ro.sh:1:27: '--block ro' takes true or false, found 'maybe'");
		assertError(file("cid.sh", "crosvm run --vsock cid=2 vmlinux\n"), "cid.sh:1:20: '--vsock' is 2; it takes a whole number from 3");
		assertError(file("hw.sh", "crosvm run --serial type=stdout,hardware=vga vmlinux\n"), "hw.sh:1:33: '--serial hardware=vga'");
		assertError(file("two.sh", "crosvm run vmlinux extra\n"), "two.sh:1:20: crosvm run takes one kernel");
		assertError(file("quote.sh", "crosvm run -p \"root=/dev/vda vmlinux\n"), "quote.sh:1:15: unclosed double quote");
		assertError(file("switch.sh", "crosvm run --no-rng=yes vmlinux\n"), "switch.sh:1:21: '--no-rng' takes no value");
		assertError(file("none.sh", "#!/bin/sh\necho hello\n"), "none.sh:1:1: no 'crosvm ... run' command found");
		assertError(file("deep.sh", "crosvm run --cpus 2,clusters=" + "[".repeat(100_000) + " vmlinux\n"), "deep.sh:1:19: unclosed '['");
		assertError(file("fs.sh", "crosvm run --shared-dir /srv:tag:type=nfs vmlinux\n"), "fs.sh:1:34: '--shared-dir type=nfs'");
	}

	@Test
	public void theInputDeviceJsonNextToTheExamplesIsNoCommandLine() throws Exception {
		Path json = file("keyboard.json", "{\n  \"name\": \"Virtio Custom Test\",\n  \"serial_name\": \"virtio-custom-test\",\n  \"events\": []\n}\n");
		assertTrue(Importers.detect(Files.readString(json)).isEmpty());
		assertError(json, "keyboard.json:1:1: no 'crosvm ... run' command found; this is JSON");
	}

	@Test
	public void theFormatIsDetectedFromContent() throws Exception {
		assertEquals("crosvm", Importers.detect(Files.readString(Fixtures.resource("crosvm-full.sh"))).orElseThrow().id());
		assertEquals("crosvm", Importers.detect("/usr/bin/crosvm run --mem 512 vmlinux").orElseThrow().id());
		assertEquals("crosvm", Importers.detect("# crosvm from its tree\ncargo run --features=gpu -- run vmlinux\n").orElseThrow().id());
		assertTrue(Importers.detect("crosvm stop /run/crosvm.sock\n").isEmpty());
		assertEquals("qemu", Importers.detect("qemu-system-x86_64 -m 512 # not crosvm run\n").orElseThrow().id()); // a QEMU command, not crosvm
	}

	@Test
	public void cpuAffinityPinsEachVcpuWhenTheHardwareIsKnownAndVfioPassesThrough() throws Exception {
		Path pinned = file("pinned.sh", "crosvm run --cpus 2 --cpu-affinity 0=6:1=7 --vfio /sys/bus/pci/devices/0000:03:00.0,iommu=viommu vmlinux\n");
		PlatformImport.Result withHost = PlatformImport.read("car", List.of(Fixtures.resource("two-guests.xml"), pinned), null);
		VirtualMachine vm = withHost.platform().getVirtualMachines().get(2);
		assertEquals(List.of(6, 7), vm.getVcpus().stream().map(c -> c.getPinnedTo().getIndex()).toList());
		assertEquals("0000:03:00.0", vm.getPassthrough().get(0).getAddress());
		List<String> left = withHost.report().leftOut().stream().filter(l -> l.at().toString().startsWith("pinned")).map(Object::toString).toList();
		assertEquals(2, left.size()); // the hypervisor clash and --vfio iommu=viommu
		assertTrue(left.toString(), left.get(1).contains("--vfio iommu=viommu"));
		Fixtures.written(withHost, tmp.newFolder().toPath());
		assertNull(PlatformImport.read("car", List.of(pinned), null).platform().getHardware());
	}

	@Test
	public void theFixturesComeBackThroughTheCrosvmTarget() throws Exception {
		roundTrip(Fixtures.resource("crosvm-full.sh"));
		roundTrip(Fixtures.resource("crosvm-leftovers.sh"));
	}

	@Test
	public void everyCorpusExampleScriptComesBackThroughTheCrosvmTarget() throws Exception {
		Path corpus = Fixtures.corpus("crosvm");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(corpus)) {
			files = walk.filter(Files::isRegularFile).sorted().toList();
		}
		int scripts = 0;
		for (Path file : files) {
			String content = Files.readString(file);
			if (file.getFileName().toString().endsWith(".json")) {
				assertTrue(file + " must not be taken for a crosvm command line", Importers.detect(content).isEmpty());
				try {
					PlatformImport.read("corpus", List.of(file), "crosvm");
					fail(file + ": no error");
				} catch (ImportException e) {
					assertTrue(e.getMessage(), e.getMessage().contains("no 'crosvm ... run' command found; this is JSON"));
				}
				continue;
			}
			scripts++;
			assertEquals(file.toString(), "crosvm", Importers.detect(content).orElseThrow().id());
			PlatformImport.Result imported = PlatformImport.read("corpus", List.of(file), null);
			VirtualMachine vm = imported.platform().getVirtualMachines().get(0);
			System.out.println("CrosvmImportTest: " + corpus.relativize(file) + ": " + imported.platform().getVirtualMachines().size() + " VM, devices "
					+ vm.getDevices().stream().map(d -> d.eClass().getName()).toList() + ", left out: " + imported.report().leftOut());
			roundTrip(file);
		}
		assertTrue(scripts > 0);
	}

	private void roundTrip(Path input) throws Exception {
		PlatformImport.Result imported = PlatformImport.read("trip", List.of(input), null);
		PlatformModel model = Fixtures.written(imported, tmp.newFolder().toPath());
		Path out = tmp.newFolder().toPath();
		Generation.Result generated = Generation.generate(model, List.of(Targets.byName("crosvm").orElseThrow()), out);
		Set<String> notExpressed = new HashSet<>();
		generated.findings().forEach(f -> notExpressed.add(EcoreUtil.getURI(f.element()).fragment()));
		List<Path> scripts = new ArrayList<>();
		for (VirtualMachine vm : model.platform().getVirtualMachines()) {
			Path script = out.resolve("crosvm/" + vm.getName() + ".sh");
			checkOptions(script);
			Path renamed = tmp.newFolder().toPath().resolve(vm.getName() + ".sh");
			Files.copy(script, renamed);
			scripts.add(renamed);
		}
		PlatformImport.Result back = PlatformImport.read("trip", scripts, "crosvm");
		assertEquals(input.toString(), facts(model.platform().getVirtualMachines(), notExpressed), facts(back.platform().getVirtualMachines(), Set.of()));
	}

	// every option of the generated command is a crosvm run option, with its value where it takes one, and the keys crosvm takes
	private static void checkOptions(Path script) throws Exception {
		List<ShellWords.Word> words = ShellWords.commands(script, Files.readString(script)).stream()
				.filter(c -> c.size() > 2 && c.get(1).text().equals("crosvm") && c.get(2).text().equals("run")).findFirst().orElseThrow();
		for (int i = 3; i < words.size(); i++) {
			String word = words.get(i).text();
			if (!word.startsWith("--")) {
				assertEquals(script + ": only the kernel is positional, found '" + word + "'", words.size() - 1, i);
				continue;
			}
			assertTrue(script + ": '" + word + "' is no crosvm run option", CrosvmOptions.known(word.substring(2)));
			if (CrosvmOptions.VALUED.contains(word.substring(2))) {
				String value = words.get(++i).text();
				String[] items = GENERATED_KEYS.containsKey(word) ? value.split(",") : new String[0];
				for (int k = 0; k < items.length; k++) {
					String key = items[k].contains("=") ? items[k].substring(0, items[k].indexOf('=')) : items[k];
					// a --block list may start with the bare path
					assertTrue(script + ": crosvm's " + word + " takes no key '" + key + "'", GENERATED_KEYS.get(word).contains(key) || k == 0 && word.equals("--block"));
				}
			}
		}
	}

	// name-independent facts: vCPUs and pinning, memory, device kinds (less what the target cannot express), disks, MACs.
	// The target writes no --no-rng/--no-balloon, so crosvm's own rng and balloon come back for a VM that had none.
	private static List<String> facts(List<VirtualMachine> vms, Set<String> notExpressed) {
		return vms.stream().map(vm -> "vcpus=" + vm.getVcpus().stream().map(c -> c.getPinnedTo() == null ? "-" : "" + c.getPinnedTo().getIndex()).toList()
				+ " memory=" + vm.getMemoryMiB() + " devices="
				+ vm.getDevices().stream().filter(d -> !notExpressed.contains(EcoreUtil.getURI(d).fragment())).map(d -> d.eClass().getName())
						.filter(k -> !k.equals("EntropyDevice") && !k.equals("BalloonDevice")).sorted().toList()
				+ " disks=" + vm.getDevices().stream().filter(d -> d instanceof BlockDevice && !notExpressed.contains(EcoreUtil.getURI(d).fragment()))
						.map(d -> d.getBackend() instanceof ImageBackend i ? i.getPath() + (((BlockDevice) d).isReadOnly() ? " ro" : "") : "?").toList()
				+ " macs=" + vm.getDevices().stream().filter(d -> d instanceof NetworkDevice && !notExpressed.contains(EcoreUtil.getURI(d).fragment()))
						.map(d -> ((NetworkDevice) d).getMac()).toList()
				+ " boot=" + (vm.getBoot() == null ? "-" : vm.getBoot().getProtocol() + " " + vm.getBoot().getKernel() + " " + vm.getBoot().getFirmware()))
				.toList();
	}

	private static void assertError(Path file, String expected) {
		String message = Fixtures.refusal(file, "crosvm");
		assertTrue(message + "\n expected: " + expected, message.startsWith(expected));
	}

	private Path file(String name, String content) throws Exception {
		return Fixtures.file(tmp, name, content);
	}
}
