package org.avpstudio.validation.rules;

import java.util.List;
import java.util.function.Predicate;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpioDevice;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.InputDevice;
import org.avpstudio.model.RtcDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VirtualizationFeature;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.Checks;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;

/**
 * Optional (MAY) capabilities: the platform need not offer them, but a reviewer wants to know which it
 * offers. Each one not offered is reported once, on the platform, at the profile's MAY severity (info).
 */
@Checks({ "AVPS-2.0-STO-5", "AVPS-2.0-GFX-5", "AVPS-2.0-GPIO-1", "AVPS-2.0-SENS-2", "AVPS-2.0-RNG-3", "AVPS-2.0-CONS-2",
		"AVPS-2.0-CONS-3", "AVPS-2.0-FS-1", "AVPS-2.0-TIME-2", "AVPS-2.0-BOOT-2" })
final class OptionalCapabilityRule implements AvpsRule {

	private record Capability(String id, String what, Predicate<PlatformScope> offered) {
	}

	private static final List<Capability> CAPABILITIES = List.of(
			new Capability("AVPS-2.0-STO-5", "discard or write-zeroes on block devices",
					p -> p.devices(BlockDevice.class).stream().anyMatch(b -> b.getFeatures().contains("VIRTIO_BLK_F_DISCARD")
							|| b.getFeatures().contains("VIRTIO_BLK_F_WRITE_ZEROES"))),
			new Capability("AVPS-2.0-GFX-5", "GPU context types (VIRTIO_GPU_F_CONTEXT_INIT)",
					p -> p.devices(GpuDevice.class).stream().anyMatch(g -> g.getFeatures().contains("VIRTIO_GPU_F_CONTEXT_INIT"))),
			new Capability("AVPS-2.0-GPIO-1", "virtio-gpio", p -> !p.devices(GpioDevice.class).isEmpty()),
			new Capability("AVPS-2.0-SENS-2", "virtio-input devices", p -> !p.devices(InputDevice.class).isEmpty()),
			new Capability("AVPS-2.0-RNG-3", "an architectural random-number instruction (hw-rng)",
					p -> p.hardware().map(h -> h.getVirtualizationFeatures().contains(VirtualizationFeature.HW_RNG)).orElse(false)),
			new Capability("AVPS-2.0-CONS-2", "an emulated UART for early console output",
					p -> p.vms().stream().anyMatch(VirtualMachine::isEmulatedUart)),
			new Capability("AVPS-2.0-CONS-3", "multiport or emergency-write consoles",
					p -> p.devices(ConsoleDevice.class).stream().anyMatch(c -> c.getFeatures().contains("VIRTIO_CONSOLE_F_MULTIPORT")
							|| c.getFeatures().contains("VIRTIO_CONSOLE_F_EMERG_WRITE"))),
			new Capability("AVPS-2.0-FS-1", "9P file sharing",
					p -> p.devices(FileSystemDevice.class).stream().anyMatch(f -> f.getProtocol() == FileSystemProtocol.NINE_P)),
			new Capability("AVPS-2.0-TIME-2", "an RTC device", p -> !p.devices(RtcDevice.class).isEmpty()),
			new Capability("AVPS-2.0-BOOT-2", "a declared hardware description (device tree or ACPI) for every VM",
					p -> p.vms().stream().allMatch(vm -> vm.getBoot() != null && vm.getBoot().isSetHardwareDescription())));

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Capability capability : CAPABILITIES) {
			if (!capability.offered().test(platform)) {
				findings.report(capability.id(), platform.main(), "the platform does not offer " + capability.what() + " (optional)",
						"Nothing to do unless the guests need it");
			}
		}
	}
}
