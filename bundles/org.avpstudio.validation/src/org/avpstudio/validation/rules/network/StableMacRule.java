// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.network;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** A network device has a configured MAC address and, when it lists features, offers it to the guest. */
@Verifies("AVPS-2.0-NET-4")
final class StableMacRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			if (net.getMac() == null || net.getMac().isBlank()) {
				findings.report(net, "network device '" + net.getName() + "' has no configured MAC address",
						"Set mac to a locally administered address, e.g. \"52:54:00:00:00:01\"",
						Fixes.of("Set a stable locally administered MAC address", e -> ((NetworkDevice) e).setMac(stableMac(net))));
			} else if (!net.getFeatures().isEmpty() && !net.getFeatures().contains("VIRTIO_NET_F_MAC")) {
				findings.report(net, "network device '" + net.getName() + "' has a MAC address but does not offer VIRTIO_NET_F_MAC",
						"Add VIRTIO_NET_F_MAC to its features", Fixes.addFeature("VIRTIO_NET_F_MAC"));
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
