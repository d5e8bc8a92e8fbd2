// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import java.util.Optional;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;

/** The shape of a rule that every VM of interest needs a device of a type. */
public abstract class VmNeedsDevice implements AvpsRule {

	private final Class<? extends VirtioDevice> type;
	private final String deviceName;

	protected VmNeedsDevice(Class<? extends VirtioDevice> type, String deviceName) {
		this.type = type;
		this.deviceName = deviceName;
	}

	/** Whether the VM needs the device; every VM unless a rule narrows it. */
	protected boolean applies(PlatformScope platform, VirtualMachine vm) {
		return true;
	}

	/** The fix that adds the device, where the rule offers one. */
	protected Optional<QuickFix> fix(PlatformScope platform) {
		return Optional.empty();
	}

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			if (applies(platform, vm) && !platform.has(vm, type)) {
				String message = "VM '" + vm.getName() + "' has no " + deviceName + " device";
				String hint = "Add a " + deviceName + " device to VM '" + vm.getName() + "', or waive the requirement with a justification";
				Optional<QuickFix> fix = fix(platform);
				if (fix.isPresent()) {
					findings.report(vm, message, hint, fix.get());
				} else {
					findings.report(vm, message, hint);
				}
			}
		}
	}
}
