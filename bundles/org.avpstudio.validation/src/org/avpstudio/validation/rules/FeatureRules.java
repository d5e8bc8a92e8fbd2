package org.avpstudio.validation.rules;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.DriverVmBackend;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.model.IommuDevice;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.spec.VirtioDeviceType;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.Checks;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;

/**
 * Rules on negotiated VIRTIO feature bits. A device that lists no features leaves them to the generator,
 * which offers the required ones; a device that lists features is taken at its word.
 */
final class FeatureRules {

	private FeatureRules() {
	}

	/** Shared shape: devices of a kind that list features must list some required ones. */
	abstract static class RequiredFeatures<T extends VirtioDevice> implements AvpsRule {
		private final Class<T> type;
		private final List<String> required;
		private final String why;

		RequiredFeatures(Class<T> type, String why, String... required) {
			this.type = type;
			this.why = why;
			this.required = List.of(required);
		}

		boolean applies(T device) {
			return true;
		}

		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (T device : platform.devices(type)) {
				if (!applies(device) || device.getFeatures().isEmpty()) {
					continue;
				}
				for (String feature : required) {
					if (!device.getFeatures().contains(feature)) {
						findings.report(requirementIds().get(0), device, "device '" + device.getName() + "' does not offer "
								+ feature + " (" + why + ")", "Add " + feature + " to its features", Fixes.addFeature(feature));
					}
				}
			}
		}
	}

	@Checks("AVPS-2.0-TRANS-2")
	static final class ModernDeviceRule extends RequiredFeatures<VirtioDevice> {
		ModernDeviceRule() {
			super(VirtioDevice.class, "legacy, pre-1.0 VIRTIO devices are not allowed", "VIRTIO_F_VERSION_1");
		}
	}

	@Checks("AVPS-2.0-STO-3")
	static final class BlockFlushRule extends RequiredFeatures<BlockDevice> {
		BlockFlushRule() {
			super(BlockDevice.class, "the guest cannot make writes durable", "VIRTIO_BLK_F_FLUSH");
		}

		@Override
		boolean applies(BlockDevice device) {
			return !device.isReadOnly();
		}
	}

	@Checks("AVPS-2.0-STO-4")
	static final class ReadOnlyFlagRule extends RequiredFeatures<BlockDevice> {
		ReadOnlyFlagRule() {
			super(BlockDevice.class, "the device is read-only for the guest", "VIRTIO_BLK_F_RO");
		}

		@Override
		boolean applies(BlockDevice device) {
			return device.isReadOnly();
		}
	}

	@Checks("AVPS-2.0-STO-6")
	static final class BlockLimitsRule extends RequiredFeatures<BlockDevice> {
		BlockLimitsRule() {
			super(BlockDevice.class, "the guest cannot size its requests", "VIRTIO_BLK_F_BLK_SIZE", "VIRTIO_BLK_F_SEG_MAX");
		}
	}

	@Checks("AVPS-2.0-GFX-3")
	static final class EdidRule extends RequiredFeatures<GpuDevice> {
		EdidRule() {
			super(GpuDevice.class, "the guest cannot learn the display's modes", "VIRTIO_GPU_F_EDID");
		}
	}

	@Checks("AVPS-2.0-GFX-4")
	static final class VirglRule extends RequiredFeatures<GpuDevice> {
		VirglRule() {
			super(GpuDevice.class, "the device is declared 3D", "VIRTIO_GPU_F_VIRGL");
		}

		@Override
		boolean applies(GpuDevice device) {
			return device.getMode() == GpuMode.MODE_3D;
		}
	}

	@Checks("AVPS-2.0-GFX-7")
	static final class ZeroCopyRule extends RequiredFeatures<GpuDevice> {
		ZeroCopyRule() {
			super(GpuDevice.class, "buffers served by a driver VM would be copied", "VIRTIO_GPU_F_RESOURCE_BLOB");
		}

		@Override
		boolean applies(GpuDevice device) {
			return device.getBackend() instanceof DriverVmBackend;
		}
	}

	@Checks("AVPS-2.0-IOMMU-3")
	static final class IommuFeaturesRule extends RequiredFeatures<IommuDevice> {
		IommuFeaturesRule() {
			super(IommuDevice.class, "the guest cannot manage its mappings", "VIRTIO_IOMMU_F_MAP_UNMAP",
					"VIRTIO_IOMMU_F_PROBE", "VIRTIO_IOMMU_F_INPUT_RANGE");
		}
	}

	@Checks("AVPS-2.0-IOMMU-5")
	static final class AccessPlatformRule extends RequiredFeatures<VirtioDevice> {
		AccessPlatformRule() {
			super(VirtioDevice.class, "its DMA is translated by an IOMMU", "VIRTIO_F_ACCESS_PLATFORM");
		}

		@Override
		boolean applies(VirtioDevice device) {
			return device.isBehindIommu();
		}
	}

	@Checks("AVPS-2.0-NET-4")
	static final class StableMacRule implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
				if (net.getMac() == null || net.getMac().isBlank()) {
					findings.report("AVPS-2.0-NET-4", net, "network device '" + net.getName() + "' has no configured MAC address",
							"Set mac to a locally administered address, e.g. \"52:54:00:00:00:01\"",
							Fixes.of("Set a stable locally administered MAC address", e -> ((NetworkDevice) e).setMac(stableMac(net))));
				} else if (!net.getFeatures().isEmpty() && !net.getFeatures().contains("VIRTIO_NET_F_MAC")) {
					findings.report("AVPS-2.0-NET-4", net, "network device '" + net.getName()
							+ "' has a MAC address but does not offer VIRTIO_NET_F_MAC", "Add VIRTIO_NET_F_MAC to its features",
							Fixes.addFeature("VIRTIO_NET_F_MAC"));
				}
			}
		}

		/** Derived from the element's names so that it stays the same on every run. */
		private static String stableMac(NetworkDevice net) {
			String key = PlatformScope.vmOf(net).map(vm -> vm.getName()).orElse("") + "/" + net.getName();
			int hash = key.hashCode();
			return String.format("52:54:00:%02x:%02x:%02x", (hash >> 16) & 0xff, (hash >> 8) & 0xff, hash & 0xff);
		}
	}

	@Checks("AVPS-2.0-TRANS-3")
	static final class KnownFeaturesRule implements AvpsRule {
		/** The valid names (for the message) and the same as a set (for the look-up), per device type. */
		private record Valid(List<String> names, Set<String> set) {
			Valid(List<String> names) {
				this(List.copyOf(names), Set.copyOf(names));
			}
		}

		private static final Map<VirtioDeviceType, Valid> BY_TYPE = new EnumMap<>(VirtioDeviceType.class);
		private static final Valid GENERIC = new Valid(List.copyOf(VirtioDeviceType.GENERIC_FEATURES.keySet()));
		static {
			for (VirtioDeviceType type : VirtioDeviceType.values()) {
				BY_TYPE.put(type, new Valid(type.validFeatureNames()));
			}
		}

		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			for (VirtioDevice device : platform.devices()) {
				if (device.getFeatures().isEmpty()) {
					continue;
				}
				Optional<VirtioDeviceType> type = VirtioTypes.of(device);
				Valid valid = type.map(BY_TYPE::get).orElse(GENERIC);
				for (String feature : device.getFeatures()) {
					if (!valid.set().contains(feature)) {
						findings.report("AVPS-2.0-TRANS-3", device, "'" + feature + "' is not a VIRTIO feature bit of "
								+ type.map(VirtioDeviceType::canonicalName).orElse("this device"),
								"Use one of " + String.join(", ", valid.names()));
					}
				}
			}
		}
	}
}
