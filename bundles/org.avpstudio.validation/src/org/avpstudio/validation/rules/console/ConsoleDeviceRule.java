// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.console;

import java.util.Optional;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.QuickFix;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;
import org.avpstudio.validation.rules.VmNeedsDevice;

/** Every VM has a virtio-console. */
@Verifies("AVPS-2.0-CONS-1")
final class ConsoleDeviceRule extends VmNeedsDevice {

	ConsoleDeviceRule() {
		super(ConsoleDevice.class, "virtio-console");
	}

	@Override
	protected Optional<QuickFix> fix(PlatformScope platform) {
		return Optional.of(Fixes.addDevice("Add a virtio-console device", "console", AvpFactory.eINSTANCE::createConsoleDevice));
	}
}
