// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.vsock;

import java.util.List;

import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockChannel;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** The two VMs of a vsock channel each have a vsock device, and share an IP network segment as well. */
@Verifies({ "AVPS-2.0-VSOCK-3", "AVPS-2.0-VSOCK-4" })
final class VsockChannelRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VsockChannel channel : platform.channels(VsockChannel.class)) {
			for (VirtualMachine end : List.of(channel.getFrom(), channel.getTo())) {
				if (end != null && !end.eIsProxy() && !platform.has(end, VsockDevice.class)) {
					findings.report("AVPS-2.0-VSOCK-4", channel, "vsock channel '" + channel.getName() + "' ends in VM '" + end.getName()
							+ "', which has no vsock device", "Add a vsock device with a unique cid to VM '" + end.getName() + "'");
				}
			}
			if (channel.getFrom() != null && channel.getTo() != null && !shareSegment(channel.getFrom(), channel.getTo())) {
				findings.report("AVPS-2.0-VSOCK-3", channel, "VMs '" + channel.getFrom().getName() + "' and '" + channel.getTo().getName()
						+ "' talk over vsock but share no IP network segment", "Attach a net device of each VM to a common network");
			}
		}
	}

	/** Whether a network device of each VM is attached to the same segment (a VM has a handful of devices). */
	private static boolean shareSegment(VirtualMachine a, VirtualMachine b) {
		for (VirtioDevice onB : b.getDevices()) {
			if (onB instanceof NetworkDevice netB && netB.getNetwork() != null) {
				for (VirtioDevice onA : a.getDevices()) {
					if (onA instanceof NetworkDevice netA && netA.getNetwork() == netB.getNetwork()) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
