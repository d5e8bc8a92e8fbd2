package org.avpstudio.validation.rules;

import java.util.List;

import org.avpstudio.validation.AvpsRule;

/** Every AVPS rule AVP Studio runs, in catalog order of the requirements they check. */
public final class AvpsRules {

	private AvpsRules() {
	}

	public static List<AvpsRule> all() {
		return List.of(new PlatformRules.ConformanceClaimRule(), new PlatformRules.HardwareVirtualizationRule(),
				new PlatformRules.MemoryIsolationRule(), new PlatformRules.EmulatedDeviceRule(), new PlatformRules.BootRule(),
				new PlatformRules.TransportSupportRule(), new FeatureRules.ModernDeviceRule(), new FeatureRules.KnownFeaturesRule(),
				new PlatformRules.StorageRule(), new FeatureRules.BlockFlushRule(), new FeatureRules.ReadOnlyFlagRule(),
				new FeatureRules.BlockLimitsRule(), new PlatformRules.NetworkRule(), new PlatformRules.NicPassthroughRule(),
				new FeatureRules.StableMacRule(), new DeviceRules.VsockDeviceRule(), new PlatformRules.VsockRule(),
				new PlatformRules.SharedMemoryRule(), new DeviceRules.DisplayGpuRule(), new PlatformRules.CompositionRule(),
				new FeatureRules.EdidRule(), new FeatureRules.VirglRule(), new FeatureRules.ZeroCopyRule(), new DeviceRules.SoundRule(),
				new PlatformRules.PcmStreamRule(), new PlatformRules.IommuRule(), new FeatureRules.IommuFeaturesRule(),
				new FeatureRules.AccessPlatformRule(), new OwnershipRule(), new DeviceRules.WatchdogRule(),
				new DeviceRules.ArmWatchdogModelRule(), new DeviceRules.WatchdogActionRule(), new PlatformRules.ScmiRule(),
				new PlatformRules.GpioLineRule(), new PlatformRules.SensorScmiRule(), new DeviceRules.VideoCodecRule(),
				new DeviceRules.EntropyDeviceRule(), new DeviceRules.EntropySourceRule(), new DeviceRules.TeeRule(),
				new DeviceRules.RpmbRule(), new PlatformRules.CryptoRule(), new DeviceRules.ConsoleDeviceRule(),
				new PlatformRules.FileSharingRule(), new OptionalCapabilityRule());
	}
}
