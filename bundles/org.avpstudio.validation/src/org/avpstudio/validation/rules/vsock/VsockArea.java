// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.vsock;

import org.avpstudio.validation.rules.RuleArea;

/** VSock and inter-VM networking, shared memory included (AVPS §2.7.2). */
public final class VsockArea {

	private VsockArea() {
	}

	public static RuleArea area() {
		return new RuleArea("vsock", new VsockDeviceRule(), new ContextIdRule(), new VsockChannelRule(), new SharedMemoryRule());
	}
}
