// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.boot;

import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-BOOT-2")
final class HardwareDescriptionCapability extends OptionalCapability {

	HardwareDescriptionCapability() {
		super("a declared hardware description (device tree or ACPI) for every VM");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.vms().stream().allMatch(vm -> vm.getBoot() != null && vm.getBoot().isSetHardwareDescription());
	}
}
