// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.transport;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.spec.VirtioDeviceType;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.VirtioTypes;

/** Every listed feature is a feature bit of the device's VIRTIO type (or a generic one). */
@Verifies("AVPS-2.0-TRANS-3")
final class KnownFeaturesRule implements AvpsRule {

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
					findings.report(device, "'" + feature + "' is not a VIRTIO feature bit of "
							+ type.map(VirtioDeviceType::canonicalName).orElse("this device"), "Use one of " + String.join(", ", valid.names()));
				}
			}
		}
	}
}
