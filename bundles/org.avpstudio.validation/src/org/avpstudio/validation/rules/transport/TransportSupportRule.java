// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.transport;

import org.avpstudio.model.Hypervisor;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.Platform;
import org.avpstudio.model.Transport;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Every device uses a VIRTIO transport the platform's hypervisor offers. */
@Verifies("AVPS-2.0-TRANS-1")
final class TransportSupportRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		HypervisorKind kind = platform.parts().stream().map(Platform::getHypervisor).filter(h -> h != null).map(Hypervisor::getKind)
				.findFirst().orElse(null);
		if (kind != HypervisorKind.CLOUD_HYPERVISOR && kind != HypervisorKind.BAO) {
			return; // every other hypervisor offers both transports
		}
		for (VirtioDevice device : platform.devices()) {
			Transport transport = device.effectiveTransport();
			String problem = null;
			if (kind == HypervisorKind.CLOUD_HYPERVISOR && transport == Transport.MMIO) {
				problem = "Cloud Hypervisor offers VIRTIO devices over PCI only";
			} else if (kind == HypervisorKind.BAO && transport == Transport.PCI) {
				problem = "Bao offers VIRTIO devices over MMIO only";
			}
			if (problem != null) {
				findings.report(device, "device '" + device.getName() + "' uses the " + transport.getLiteral() + " transport: " + problem,
						"Choose a transport the hypervisor supports");
			}
		}
	}
}
