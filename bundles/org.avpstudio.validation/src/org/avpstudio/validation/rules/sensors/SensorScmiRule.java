// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.sensors;

import org.avpstudio.model.ScmiDevice;
import org.avpstudio.model.ScmiProtocol;
import org.avpstudio.model.SensorDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A VM that reads sensors does so through the SCMI sensor protocol. */
@Verifies("AVPS-2.0-SENS-1")
final class SensorScmiRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (VirtualMachine vm : platform.vms()) {
			boolean sensors = platform.has(vm, SensorDevice.class);
			if (sensors && vm.getDevices().stream().noneMatch(d -> d instanceof ScmiDevice s && s.getProtocols().contains(ScmiProtocol.SENSOR))) {
				findings.report(vm, "VM '" + vm.getName() + "' reads sensors without the SCMI sensor protocol", "Add an scmi device with protocols sensor");
			}
		}
	}
}
