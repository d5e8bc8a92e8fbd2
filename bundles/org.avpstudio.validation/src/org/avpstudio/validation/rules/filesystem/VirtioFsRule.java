// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.filesystem;

import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.Fixes;

/** Files are shared with virtio-fs rather than 9P. */
@Verifies("AVPS-2.0-FS-2")
final class VirtioFsRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (FileSystemDevice fs : platform.devices(FileSystemDevice.class)) {
			if (fs.getProtocol() == FileSystemProtocol.NINE_P) {
				findings.report(fs, "share '" + fs.getName() + "' uses 9P", "Use protocol virtio-fs",
						Fixes.of("Use virtio-fs", e -> ((FileSystemDevice) e).setProtocol(FileSystemProtocol.VIRTIO_FS)));
			}
		}
	}
}
