// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * A virtual interface's MAC address is locally administered (bit 1 of the first octet set): a universally
 * administered one belongs to a hardware vendor and may clash with a real NIC. Fix: a fresh address.
 */
@Verifies("AVP-NET-3")
final class LocalMacRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			String mac = net.getMac();
			if (Macs.wellFormed(mac) && (Macs.firstOctet(mac) & 1) == 0 && (Macs.firstOctet(mac) & 2) == 0) {
				findings.report(net, "MAC address " + mac + " of '" + UniqueMacRule.name(net) + "' is universally administered (a vendor's range)",
						"Use a locally administered address (second-lowest bit of the first octet set), e.g. 52:54:00:...", Macs.fresh(platform));
			}
		}
	}
}
