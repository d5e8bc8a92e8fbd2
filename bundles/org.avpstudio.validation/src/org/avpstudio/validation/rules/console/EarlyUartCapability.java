// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.console;

import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-CONS-2")
final class EarlyUartCapability extends OptionalCapability {

	EarlyUartCapability() {
		super("an emulated UART for early console output");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.vms().stream().anyMatch(VirtualMachine::isEmulatedUart);
	}
}
