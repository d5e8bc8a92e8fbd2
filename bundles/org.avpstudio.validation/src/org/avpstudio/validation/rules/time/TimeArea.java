// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.time;

import org.avpstudio.validation.rules.RuleArea;

/** Time and real-time clock: no AVPS chapter of its own, the catalog maps it to §2.3-2.5 and lists it last. */
public final class TimeArea {

	private TimeArea() {
	}

	public static RuleArea area() {
		return new RuleArea("time", new RtcCapability());
	}
}
