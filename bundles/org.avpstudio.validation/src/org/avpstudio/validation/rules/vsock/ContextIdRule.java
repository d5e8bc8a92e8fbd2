// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.vsock;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** Every vsock device has its own context id, none of the ids reserved for the hypervisor and host, and one that fits 32 bits. */
@Verifies("AVPS-2.0-VSOCK-2")
final class ContextIdRule implements AvpsRule {

	/** A cid is 32 bits; 0xFFFFFFFF (VMADDR_CID_ANY) is not a guest's. */
	static final long MAX_CID = 0xFFFFFFFEL;

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<Long, VsockDevice> byCid = new HashMap<>();
		for (VsockDevice vsock : platform.devices(VsockDevice.class)) {
			long cid = vsock.getGuestCid();
			VsockDevice other = byCid.putIfAbsent(cid, vsock);
			if (cid < 3) {
				findings.report(vsock, "vsock device '" + vsock.getName() + "' uses context id " + cid
						+ ", which is reserved (0-2 belong to the hypervisor and host)", "Use a cid of 3 or more", freeCid(platform));
			} else if (cid > MAX_CID) {
				findings.report(vsock, "vsock device '" + vsock.getName() + "' uses context id " + cid
						+ ", which does not fit the 32 bits of a vsock address (the largest guest cid is " + MAX_CID + ")", "Use a cid of 3 to " + MAX_CID,
						freeCid(platform));
			} else if (other != null) {
				findings.report(vsock, "vsock device '" + vsock.getName() + "' uses context id " + cid + ", already used by '" + other.getName()
						+ "' of VM '" + PlatformScope.vmOf(other).map(VirtualMachine::getName).orElse("?") + "'", "Give every VM its own cid",
						freeCid(platform));
			}
		}
	}

	private static QuickFix freeCid(PlatformScope platform) {
		return Fixes.of("Assign a free context id", e -> ((VsockDevice) e).setGuestCid(freeCidOf(platform)));
	}

	private static long freeCidOf(PlatformScope platform) {
		Set<Long> used = new HashSet<>();
		platform.devices(VsockDevice.class).forEach(v -> used.add(v.getGuestCid()));
		long cid = 3;
		while (used.contains(cid)) {
			cid++;
		}
		return cid;
	}
}
