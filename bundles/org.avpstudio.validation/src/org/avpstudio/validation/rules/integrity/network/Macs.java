// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;
import org.avpstudio.validation.rules.Fixes;

/** MAC address syntax and the quick fix that gives a network device a fresh one. */
final class Macs {

	private static final Pattern MAC = Pattern.compile("[0-9A-Fa-f]{2}(:[0-9A-Fa-f]{2}){5}");

	private Macs() {
	}

	static boolean wellFormed(String mac) {
		return mac != null && MAC.matcher(mac).matches();
	}

	static int firstOctet(String mac) {
		return Integer.parseInt(mac.substring(0, 2), 16);
	}

	static String normal(String mac) {
		return mac.toLowerCase(Locale.ROOT);
	}

	/**
	 * A locally administered unicast address (52:54:00:xx:xx:xx, QEMU's prefix) not used on the platform when the fix
	 * is applied: the first free one counting up from the device's own hash, so it is stable across runs.
	 */
	static QuickFix fresh(PlatformScope platform) {
		return Fixes.of("Give the interface a fresh locally administered MAC address", e -> {
			NetworkDevice net = (NetworkDevice) e;
			Set<String> used = new HashSet<>();
			platform.devices(NetworkDevice.class).stream().filter(n -> n != net && n.getMac() != null).forEach(n -> used.add(normal(n.getMac())));
			String key = PlatformScope.vmOf(net).map(vm -> vm.getName()).orElse("") + "/" + net.getName();
			int start = key.hashCode() & 0xffffff;
			for (int i = 0; i < 0x1000000; i++) {
				int n = (start + i) & 0xffffff;
				String candidate = String.format("52:54:00:%02x:%02x:%02x", (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);
				if (!used.contains(candidate)) {
					net.setMac(candidate);
					return;
				}
			}
		});
	}
}
