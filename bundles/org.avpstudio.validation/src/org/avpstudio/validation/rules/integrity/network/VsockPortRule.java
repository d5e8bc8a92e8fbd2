// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockChannel;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Two vsock channels between the same two VMs (either direction: the pair of context ids) use different ports. */
@Verifies("AVP-NET-5")
final class VsockPortRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<List<Object>, VsockChannel> seen = new HashMap<>();
		for (VsockChannel channel : platform.channels(VsockChannel.class)) {
			VirtualMachine from = channel.getFrom();
			VirtualMachine to = channel.getTo();
			if (from == null || to == null || from.eIsProxy() || to.eIsProxy()) {
				continue;
			}
			boolean ordered = System.identityHashCode(from) <= System.identityHashCode(to);
			List<Object> key = List.of(ordered ? from : to, ordered ? to : from, channel.getPort());
			VsockChannel other = seen.putIfAbsent(key, channel);
			if (other != null) {
				findings.report(channel, "vsock channels '" + other.getName() + "' and '" + channel.getName() + "' both use port " + channel.getPort()
						+ " between '" + from.getName() + "' and '" + to.getName() + "'", "Give each channel between two VMs its own port");
			}
		}
	}
}
