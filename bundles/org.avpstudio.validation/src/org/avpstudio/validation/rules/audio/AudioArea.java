// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.audio;

import org.avpstudio.validation.rules.RuleArea;

/** Audio (AVPS §2.9). */
public final class AudioArea {

	private AudioArea() {
	}

	public static RuleArea area() {
		return new RuleArea("audio", new SoundRule(), new PcmStreamRule());
	}
}
