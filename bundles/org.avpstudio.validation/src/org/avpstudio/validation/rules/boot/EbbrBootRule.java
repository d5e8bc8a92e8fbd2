// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.boot;

import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A VM that loads its OS through a boot loader gets an EBBR (UEFI) environment, not bare U-Boot. */
@Verifies("AVPS-2.0-BOOT-1")
final class EbbrBootRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			Boot boot = vm.getBoot();
			if (boot != null && boot.getProtocol() == BootProtocol.UBOOT) {
				findings.report(boot, "VM '" + vm.getName() + "' loads its OS with U-Boot but without an EBBR/UEFI environment",
						"Boot with uefi (EBBR), or waive with the reason");
			}
		}
	}
}
