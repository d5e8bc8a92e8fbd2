// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.names;

import java.nio.charset.StandardCharsets;

import org.avpstudio.model.NetworkSegment;
import org.avpstudio.model.Platform;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.eclipse.emf.ecore.EObject;

/**
 * Host network interface names in the model (a tap back-end's interface and bridge, a network's host bridge) are
 * names Linux accepts, since libvirt ({@code <target dev>}, {@code <source bridge>}), QEMU ({@code -netdev tap,ifname=})
 * and Xen ({@code vif=[... bridge=]}) hand them to the kernel: 1 to 15 bytes (IFNAMSIZ is 16 with the terminating
 * zero), no '/', ':' or white space, not "." or "..".
 */
@Verifies("AVP-NAME-2")
final class InterfaceNameRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (Platform part : platform.parts()) {
			for (NetworkSegment segment : part.getNetworks()) {
				check(segment, segment.getHostBridge(), "host bridge of network '" + segment.getName() + "'", findings);
			}
		}
		for (VirtioDevice device : platform.devices()) {
			if (device.getBackend() instanceof TapBackend tap) {
				check(device, tap.getIfname(), "tap interface of '" + device.getName() + "'", findings);
				check(device, tap.getBridge(), "bridge of '" + device.getName() + "'", findings);
			}
		}
	}

	private static void check(EObject element, String name, String what, FindingSink findings) {
		if (name == null) {
			return;
		}
		int bytes = name.getBytes(StandardCharsets.UTF_8).length;
		String wrong = bytes == 0 ? "is empty" : bytes > 15 ? "is " + bytes + " bytes, more than the 15 Linux allows (IFNAMSIZ)"
				: name.matches(".*[/:\\s].*") ? "contains '/', ':' or white space" : name.equals(".") || name.equals("..") ? "is '.' or '..'" : null;
		if (wrong != null) {
			findings.report(element, what + " \"" + name + "\" " + wrong + ": the host kernel refuses it (libvirt, qemu and xen targets)",
					"Use an interface name of 1 to 15 letters, digits, '-', '_' or '.'");
		}
	}
}
