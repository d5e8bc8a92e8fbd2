// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.TargetFinding;
import org.avpstudio.generator.Targets;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.MemoryDevice;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.SharedMemoryDevice;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.WatchdogModel;
import org.avpstudio.model.devices.DeviceKind;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.validation.PlatformScope;
import org.junit.Test;

/**
 * The targets the metamodel's device facts name for a kind are the hypervisor configurations that generate it:
 * on an x86_64 platform with a device of every kind, in each configuration a target can express (image, tap,
 * host-path and vhost-user back-ends, each watchdog model), a target leaves out (reports) every device of the
 * kinds it is not named for, and generates a device of each kind it is named for.
 */
public class DeviceTargetsTest {

	private static final AvpFactory F = AvpFactory.eINSTANCE;

	@Test
	public void everyNamedTargetExists() {
		Set<String> named = new TreeSet<>();
		DeviceKinds.all().forEach(k -> named.addAll(k.targets()));
		Set<String> targets = new TreeSet<>(Targets.all().stream().map(Target::name).toList());
		assertTrue(named + " are targets of " + targets, targets.containsAll(named));
	}

	@Test
	public void eachTargetGeneratesExactlyTheKindsThatNameIt() {
		PlatformScope platform = new PlatformScope(List.of(everyKind()));
		Set<String> named = new TreeSet<>();
		DeviceKinds.all().forEach(k -> named.addAll(k.targets()));
		for (String name : named) {
			Target target = Targets.byName(name).orElseThrow();
			GenerationContext context = new GenerationContext("every-kind.avp");
			target.generate(platform, context);
			Set<String> generated = new TreeSet<>();
			for (VirtioDevice device : platform.devices()) {
				if (context.findings().stream().map(TargetFinding::element).noneMatch(e -> e == device)) {
					generated.add(device.eClass().getName());
				}
			}
			Set<String> expected = new TreeSet<>(DeviceKinds.all().stream().filter(k -> k.targets().contains(name)).map(k -> k.eClass().getName()).toList());
			assertEquals(name + " generates", expected, generated);
		}
	}

	/** One VM with a device of every kind, several where the back-end or model decides what a target can do. */
	private static Platform everyKind() {
		Platform platform = F.createPlatform();
		platform.setName("every_kind");
		Hardware hardware = F.createHardware();
		hardware.setName("pc");
		hardware.setArchitecture(Architecture.X86_64);
		platform.setHardware(hardware);
		VirtualMachine vm = F.createVirtualMachine();
		vm.setName("vm");
		vm.setMemoryMiB(1024);
		platform.getVirtualMachines().add(vm);
		SharedMemoryRegion region = F.createSharedMemoryRegion();
		region.setName("region");
		region.setSizeMiB(4);
		region.setOwner(vm);
		platform.getChannels().add(region);
		for (DeviceKind kind : DeviceKinds.all()) {
			add(vm, (VirtioDevice) F.create(kind.eClass()));
		}
		for (VirtioDevice device : List.copyOf(vm.getDevices())) {
			configure(vm, device, region);
		}
		return platform;
	}

	private static void configure(VirtualMachine vm, VirtioDevice device, SharedMemoryRegion region) {
		if (device instanceof BlockDevice) {
			ImageBackend image = F.createImageBackend();
			image.setPath("/var/lib/avp/disk.img");
			device.setBackend(image);
		} else if (device instanceof NetworkDevice) {
			TapBackend tap = F.createTapBackend();
			tap.setIfname("tap0");
			device.setBackend(tap);
		} else if (device instanceof VsockDevice vsock) {
			vsock.setGuestCid(3);
		} else if (device instanceof MemoryDevice memory) {
			memory.setSizeMiB(256);
		} else if (device instanceof SharedMemoryDevice shm) {
			shm.setRegion(region);
		} else if (device instanceof FileSystemDevice fs) {
			share(fs, FileSystemProtocol.NINE_P, true);
			share(add(vm, F.createFileSystemDevice()), FileSystemProtocol.VIRTIO_FS, true);
			share(add(vm, F.createFileSystemDevice()), FileSystemProtocol.VIRTIO_FS, false);
		} else if (device instanceof WatchdogDevice watchdog) {
			for (WatchdogModel model : WatchdogModel.values()) {
				WatchdogDevice other = model == WatchdogModel.VIRTIO ? watchdog : add(vm, F.createWatchdogDevice());
				other.setModel(model);
			}
		}
	}

	private static void share(FileSystemDevice fs, FileSystemProtocol protocol, boolean hostPath) {
		fs.setProtocol(protocol);
		fs.setTag("tag_" + fs.getName());
		if (hostPath) {
			HostPathBackend path = F.createHostPathBackend();
			path.setPath("/srv/share");
			fs.setBackend(path);
		} else {
			VhostUserBackend daemon = F.createVhostUserBackend();
			daemon.setSocket("/run/avp/virtiofsd.sock");
			fs.setBackend(daemon);
		}
	}

	private static <T extends VirtioDevice> T add(VirtualMachine vm, T device) {
		device.setName(device.eClass().getName().replace("Device", "").toLowerCase(java.util.Locale.ROOT) + vm.getDevices().size());
		vm.getDevices().add(device);
		return device;
	}
}
