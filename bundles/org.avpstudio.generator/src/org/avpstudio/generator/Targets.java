// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator;

import java.util.List;
import java.util.Optional;

import org.avpstudio.generator.cloudhypervisor.CloudHypervisorTarget;
import org.avpstudio.generator.crosvm.CrosvmTarget;
import org.avpstudio.generator.dts.DeviceTreeTarget;
import org.avpstudio.generator.guestcheck.GuestCheckTarget;
import org.avpstudio.generator.libvirt.LibvirtTarget;
import org.avpstudio.generator.qemu.QemuTarget;
import org.avpstudio.generator.xen.XenTarget;

/** All generation targets, by command-line name. */
public final class Targets {

	private Targets() {
	}

	public static List<Target> all() {
		return List.of(new QemuTarget(), new LibvirtTarget(), new XenTarget(), new CrosvmTarget(), new CloudHypervisorTarget(),
				new DeviceTreeTarget(), new GuestCheckTarget());
	}

	public static Optional<Target> byName(String name) {
		return all().stream().filter(t -> t.name().equals(name)).findFirst();
	}
}
