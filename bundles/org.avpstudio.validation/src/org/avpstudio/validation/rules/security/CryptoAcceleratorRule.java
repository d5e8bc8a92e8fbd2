// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.security;

import java.util.HashSet;
import java.util.Set;

import org.avpstudio.model.CryptoDevice;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A crypto accelerator of the hardware is offered to VMs: passed through, or behind virtio-crypto devices. */
@Verifies("AVPS-2.0-CRYPTO-1")
final class CryptoAcceleratorRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Set<HostDevice> passedThrough = new HashSet<>();
		platform.vms().forEach(vm -> passedThrough.addAll(vm.getPassthrough()));
		for (HostDevice accelerator : platform.hostDevices()) {
			if (accelerator.getKind() == HostDeviceKind.CRYPTO && !passedThrough.contains(accelerator)
					&& platform.devices(CryptoDevice.class).isEmpty()) {
				findings.report(accelerator, "crypto accelerator '" + accelerator.getName() + "' is offered to no VM",
						"Add a crypto device backed by it to the VMs that need it");
			}
		}
	}
}
