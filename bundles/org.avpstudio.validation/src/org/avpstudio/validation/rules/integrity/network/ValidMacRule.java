// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A MAC address is six hex octets with colons, unicast (group bit clear) and not all zeros. Fix: a fresh address. */
@Verifies("AVP-NET-2")
final class ValidMacRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			String mac = net.getMac();
			if (mac == null || mac.isBlank()) {
				continue; // AVPS-2.0-NET-4 asks for one
			}
			String wrong = !Macs.wellFormed(mac) ? "is not six hexadecimal octets separated by colons"
					: (Macs.firstOctet(mac) & 1) != 0 ? "is a multicast (group) address" : mac.matches("(00:){5}00") ? "is all zeros" : null;
			if (wrong != null) {
				findings.report(net, "MAC address \"" + mac + "\" of '" + UniqueMacRule.name(net) + "' " + wrong,
						"Use a unicast, locally administered address such as 52:54:00:12:34:56", Macs.fresh(platform));
			}
		}
	}
}
