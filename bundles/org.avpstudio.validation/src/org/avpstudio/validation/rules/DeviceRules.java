package org.avpstudio.validation.rules;

import java.util.Set;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.model.Criticality;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.EntropySource;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.SoundDevice;
import org.avpstudio.model.TeeDevice;
import org.avpstudio.model.VideoDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.RpmbDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.Checks;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;

/** Which VMs must (or should) have which VIRTIO device: one small rule per requirement. */
final class DeviceRules {

	private DeviceRules() {
	}

	static final Set<VmRole> DISPLAY_ROLES = Set.of(VmRole.CLUSTER, VmRole.IVI);

	/** Shared shape: every VM of interest needs a device of a type. */
	abstract static class VmNeedsDevice implements AvpsRule {
		private final Class<? extends VirtioDevice> type;
		private final String deviceName;

		VmNeedsDevice(Class<? extends VirtioDevice> type, String deviceName) {
			this.type = type;
			this.deviceName = deviceName;
		}

		boolean applies(VirtualMachine vm) {
			return true;
		}

		boolean applies(PlatformScope platform, VirtualMachine vm) {
			return applies(vm);
		}

		org.avpstudio.validation.QuickFix fix(PlatformScope platform) {
			return null;
		}

		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (VirtualMachine vm : platform.vms()) {
				if (applies(platform, vm) && !platform.has(vm, type)) {
					String message = "VM '" + vm.getName() + "' has no " + deviceName + " device";
					String hint = "Add a " + deviceName + " device to VM '" + vm.getName() + "', or waive the requirement with a justification";
					org.avpstudio.validation.QuickFix fix = fix(platform);
					if (fix != null) {
						findings.report(requirementIds().get(0), vm, message, hint, fix);
					} else {
						findings.report(requirementIds().get(0), vm, message, hint);
					}
				}
			}
		}
	}

	@Checks("AVPS-2.0-RNG-1")
	static final class EntropyDeviceRule extends VmNeedsDevice {
		EntropyDeviceRule() {
			super(EntropyDevice.class, "virtio-rng entropy");
		}

		@Override
		org.avpstudio.validation.QuickFix fix(PlatformScope platform) {
			return Fixes.addDevice("Add a virtio-rng entropy device", "rng", AvpFactory.eINSTANCE::createEntropyDevice);
		}
	}

	@Checks("AVPS-2.0-CONS-1")
	static final class ConsoleDeviceRule extends VmNeedsDevice {
		ConsoleDeviceRule() {
			super(ConsoleDevice.class, "virtio-console");
		}

		@Override
		org.avpstudio.validation.QuickFix fix(PlatformScope platform) {
			return Fixes.addDevice("Add a virtio-console device", "console", AvpFactory.eINSTANCE::createConsoleDevice);
		}
	}

	@Checks("AVPS-2.0-WDT-1")
	static final class WatchdogRule extends VmNeedsDevice {
		WatchdogRule() {
			super(WatchdogDevice.class, "watchdog");
		}

		/** On Arm the added watchdog is an SP805, as WDT-2 recommends. */
		@Override
		org.avpstudio.validation.QuickFix fix(PlatformScope platform) {
			boolean arm = platform.hardware().map(h -> h.getArchitecture() == org.avpstudio.model.Architecture.AARCH64).orElse(false);
			return Fixes.addDevice("Add a per-VM watchdog", "watchdog", () -> {
				WatchdogDevice watchdog = AvpFactory.eINSTANCE.createWatchdogDevice();
				watchdog.setModel(arm ? org.avpstudio.model.WatchdogModel.SP805 : org.avpstudio.model.WatchdogModel.VIRTIO);
				return watchdog;
			});
		}
	}

	@Checks("AVPS-2.0-VSOCK-1")
	static final class VsockDeviceRule extends VmNeedsDevice {
		VsockDeviceRule() {
			super(VsockDevice.class, "virtio-vsock");
		}

		@Override
		boolean applies(VirtualMachine vm) {
			return vm.getRole() != VmRole.SAFETY;
		}
	}

	@Checks("AVPS-2.0-GFX-1")
	static final class DisplayGpuRule extends VmNeedsDevice {
		DisplayGpuRule() {
			super(GpuDevice.class, "virtio-gpu");
		}

		@Override
		boolean applies(VirtualMachine vm) {
			return DISPLAY_ROLES.contains(vm.getRole());
		}
	}

	@Checks("AVPS-2.0-AUD-1")
	static final class SoundRule extends VmNeedsDevice {
		SoundRule() {
			super(SoundDevice.class, "virtio-snd sound");
		}

		@Override
		boolean applies(VirtualMachine vm) {
			return vm.getRole() == VmRole.IVI;
		}
	}

	@Checks("AVPS-2.0-MEDIA-1")
	static final class VideoCodecRule extends VmNeedsDevice {
		VideoCodecRule() {
			super(VideoDevice.class, "virtio-video codec");
		}

		@Override
		boolean applies(VirtualMachine vm) {
			return vm.getRole() == VmRole.IVI;
		}
	}

	@Checks("AVPS-2.0-TEE-1")
	static final class TeeRule extends VmNeedsDevice {
		TeeRule() {
			super(TeeDevice.class, "TEE access");
		}

		@Override
		boolean applies(VirtualMachine vm) {
			return vm.getRole() == VmRole.IVI || vm.getRole() == VmRole.TELEMATICS;
		}
	}

	@Checks("AVPS-2.0-RPMB-1")
	static final class RpmbRule extends VmNeedsDevice {
		RpmbRule() {
			super(RpmbDevice.class, "virtio-rpmb");
		}

		@Override
		boolean applies(PlatformScope platform, VirtualMachine vm) {
			return platform.has(vm, TeeDevice.class);
		}
	}

	@Checks("AVPS-2.0-RNG-2")
	static final class EntropySourceRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (EntropyDevice rng : platform.devices(EntropyDevice.class)) {
				if (rng.getSource() == EntropySource.HOST_RANDOM) {
					findings.report("AVPS-2.0-RNG-2", rng, "entropy device '" + rng.getName()
							+ "' draws from the blocking /dev/random of the host",
							"Use source urandom or trng");
				}
			}
		}
	}

	/** ASIL VMs are the ones whose watchdog matters most: an expiry action must be set. */
	@Checks("AVPS-2.0-WDT-4")
	static final class WatchdogActionRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (WatchdogDevice watchdog : platform.devices(WatchdogDevice.class)) {
				if (watchdog.getAction() == org.avpstudio.model.WatchdogAction.NONE) {
					boolean asil = PlatformScope.vmOf(watchdog).map(vm -> vm.getCriticality() != Criticality.QM).orElse(false);
					findings.report("AVPS-2.0-WDT-4", watchdog, "watchdog '" + watchdog.getName() + "' does nothing when it expires"
							+ (asil ? " in a safety-relevant VM" : ""), "Set its action to reset, poweroff or notify");
				}
			}
		}
	}

	@Checks("AVPS-2.0-WDT-2")
	static final class ArmWatchdogModelRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			boolean arm = platform.hardware().map(h -> h.getArchitecture() == org.avpstudio.model.Architecture.AARCH64).orElse(false);
			if (!arm) {
				return;
			}
			for (WatchdogDevice watchdog : platform.devices(WatchdogDevice.class)) {
				if (watchdog.getModel() != org.avpstudio.model.WatchdogModel.SP805) {
					findings.report("AVPS-2.0-WDT-2", watchdog, "watchdog '" + watchdog.getName() + "' on an Arm platform is "
							+ watchdog.getModel().getLiteral() + ", not an SP805", "Set model sp805");
				}
			}
		}
	}
}
