// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.general;

import org.avpstudio.validation.rules.RuleArea;

/** Conformance, hardware virtualization support and hardware emulation (AVPS §2.2-2.4). */
public final class GeneralArea {

	private GeneralArea() {
	}

	public static RuleArea area() {
		return new RuleArea("general", new ConformanceClaimRule(), new HardwareVirtualizationRule(), new MemoryIsolationRule(),
				new EmulatedDeviceRule(), new EmulatedDeviceDocumentationRule());
	}
}
