// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.audio;

import org.avpstudio.model.SoundDevice;
import org.avpstudio.model.SoundDirection;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A sound device has a playback stream. */
@Verifies("AVPS-2.0-AUD-2")
final class PcmStreamRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (SoundDevice sound : platform.devices(SoundDevice.class)) {
			if (sound.getStreams().stream().noneMatch(s -> s.getDirection() == SoundDirection.PLAYBACK)) {
				findings.report(sound, "sound device '" + sound.getName() + "' has no playback stream", "Add: stream playback channels 2");
			}
		}
	}
}
