// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.network;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.UserNetworkBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Every network device is switched somewhere: a network segment or a back-end that carries its traffic. */
@Verifies("AVPS-2.0-NET-5")
final class VirtualSwitchingRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			if (net.getNetwork() == null && !(net.getBackend() instanceof TapBackend) && !(net.getBackend() instanceof UserNetworkBackend)
					&& !(net.getBackend() instanceof VhostUserBackend)) {
				findings.report(net, "network device '" + net.getName() + "' is attached to no network segment or back-end",
						"Add: network <segment>, or a tap / user-network back-end");
			}
		}
	}
}
