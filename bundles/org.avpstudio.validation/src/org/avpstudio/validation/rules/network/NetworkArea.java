// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.network;

import org.avpstudio.validation.rules.RuleArea;

/** Standard networks (AVPS §2.7.1). */
public final class NetworkArea {

	private NetworkArea() {
	}

	public static RuleArea area() {
		return new RuleArea("network", new VirtioNetRule(), new NicPassthroughRule(), new StableMacRule(), new VirtualSwitchingRule());
	}
}
