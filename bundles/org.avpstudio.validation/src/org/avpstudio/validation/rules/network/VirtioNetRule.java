// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.network;

import java.util.Set;

import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VmRole;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** Every VM that is not deliberately offline has a network interface: virtio-net or a NIC passed through. */
@Verifies("AVPS-2.0-NET-1")
final class VirtioNetRule implements AvpsRule {

	private static final Set<VmRole> OFFLINE = Set.of(VmRole.SAFETY, VmRole.CLUSTER);

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			boolean net = platform.has(vm, NetworkDevice.class)
					|| vm.getPassthrough().stream().anyMatch(h -> h.getKind() == HostDeviceKind.NETWORK);
			if (!net && !OFFLINE.contains(vm.getRole())) {
				findings.report(vm, "VM '" + vm.getName() + "' (" + vm.getRole().getLiteral() + ") has no virtio-net interface",
						"Add a net device attached to a network segment");
			}
		}
	}
}
