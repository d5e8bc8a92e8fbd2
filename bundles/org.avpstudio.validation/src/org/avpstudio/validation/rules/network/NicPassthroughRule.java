// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.network;

import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A network controller has the host address it would be dedicated to a VM by. */
@Verifies("AVPS-2.0-NET-3")
final class NicPassthroughRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (HostDevice nic : platform.hostDevices()) {
			if (nic.getKind() == HostDeviceKind.NETWORK && (nic.getAddress() == null || nic.getAddress().isBlank())) {
				findings.report(nic, "network controller '" + nic.getName() + "' has no host address, so it cannot be dedicated to a VM",
						"Add its PCI address or device-tree path: address \"...\"");
			}
		}
	}
}
