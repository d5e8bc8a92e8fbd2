// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.devices;

import org.avpstudio.validation.rules.RuleArea;

/** Platform integrity, device assignment ({@code AVP-DEV-*}, catalog {@code avp-integrity.csv} §3). */
public final class DevicesArea {

	private DevicesArea() {
	}

	public static RuleArea area() {
		return new RuleArea("integrity.devices", new SingleAssignmentRule(), new IommuGroupRule(), new PassthroughIommuRule());
	}
}
