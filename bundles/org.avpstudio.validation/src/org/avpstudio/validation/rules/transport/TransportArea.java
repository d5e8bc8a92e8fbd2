// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.transport;

import org.avpstudio.validation.rules.RuleArea;

/** VIRTIO transports, device versions and feature bits (AVPS §2.1, §2.5). */
public final class TransportArea {

	private TransportArea() {
	}

	public static RuleArea area() {
		return new RuleArea("transport", new TransportSupportRule(), new ModernDeviceRule(), new KnownFeaturesRule());
	}
}
