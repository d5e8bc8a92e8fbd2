// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Pattern;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.NetworkSegment;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** An interface's IP address ({@code ip "10.0.0.2/24"}) is valid, and unique on its network segment. */
@Verifies("AVP-NET-4")
final class UniqueIpRule implements AvpsRule {

	private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
	private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:]*:[0-9A-Fa-f:.]*");

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<NetworkSegment, Map<InetAddress, NetworkDevice>> bySegment = new HashMap<>();
		for (NetworkDevice net : platform.devices(NetworkDevice.class)) {
			if (net.getIp() == null) {
				continue;
			}
			InetAddress address = parse(net.getIp());
			if (address == null) {
				findings.report(net, "IP address \"" + net.getIp() + "\" of '" + UniqueMacRule.name(net) + "' is not an IPv4 or IPv6 address",
						"Write it like 10.0.0.2/24 or fd00::2/64");
				continue;
			}
			NetworkSegment segment = net.getNetwork();
			if (segment == null || segment.eIsProxy()) {
				continue;
			}
			NetworkDevice other = bySegment.computeIfAbsent(segment, s -> new HashMap<>()).putIfAbsent(address, net);
			if (other != null) {
				findings.report(net, "IP address " + address.getHostAddress() + " of '" + UniqueMacRule.name(net) + "' is already used by '"
						+ UniqueMacRule.name(other) + "' on network '" + segment.getName() + "'", "Give every interface on a network its own address");
			}
		}
	}

	/** The address without its prefix length, or null when it is not one; never a name lookup. */
	static InetAddress parse(String text) {
		String[] parts = text.strip().split("/", -1);
		if (parts.length > 2) {
			return null;
		}
		String host = parts[0];
		boolean v4 = IPV4.matcher(host).matches();
		if (!v4 && !IPV6.matcher(host).matches()) {
			return null;
		}
		if (parts.length == 2 && !parts[1].matches("\\d{1,3}") || parts.length == 2 && Integer.parseInt(parts[1]) > (v4 ? 32 : 128)) {
			return null;
		}
		try {
			return InetAddress.getByName(host);
		} catch (UnknownHostException | IllegalArgumentException e) {
			return null;
		}
	}
}
