// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.media;

import org.avpstudio.validation.rules.RuleArea;

/** Media codecs (AVPS §2.18). */
public final class MediaArea {

	private MediaArea() {
	}

	public static RuleArea area() {
		return new RuleArea("media", new VideoCodecRule());
	}
}
