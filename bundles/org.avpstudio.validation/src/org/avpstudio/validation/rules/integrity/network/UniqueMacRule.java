// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import java.util.HashMap;
import java.util.Map;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Every MAC address appears once on the platform (compared case-insensitively). Fix: a fresh address. */
@Verifies("AVP-NET-1")
final class UniqueMacRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<String, NetworkDevice> byMac = new HashMap<>();
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			if (!Macs.wellFormed(net.getMac())) {
				continue;
			}
			NetworkDevice other = byMac.putIfAbsent(Macs.normal(net.getMac()), net);
			if (other != null) {
				findings.report(net, "MAC address " + net.getMac() + " of '" + name(net) + "' is already used by '" + name(other) + "'",
						"Give every interface its own MAC address", Macs.fresh(platform));
			}
		}
	}

	static String name(NetworkDevice net) {
		return PlatformScope.vmOf(net).map(vm -> vm.getName() + ".").orElse("") + net.getName();
	}
}
