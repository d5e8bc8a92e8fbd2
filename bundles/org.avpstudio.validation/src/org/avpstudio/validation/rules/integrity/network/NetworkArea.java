// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.network;

import org.avpstudio.validation.rules.RuleArea;

/** Platform integrity, network and channel identities ({@code AVP-NET-*}, catalog {@code avp-integrity.csv} §4). */
public final class NetworkArea {

	private NetworkArea() {
	}

	public static RuleArea area() {
		return new RuleArea("integrity.network", new UniqueMacRule(), new ValidMacRule(), new LocalMacRule(), new UniqueIpRule(),
				new VsockPortRule());
	}
}
