// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.filesystem;

import org.avpstudio.validation.rules.RuleArea;

/** Filesystem virtualization (AVPS §2.20.2). */
public final class FilesystemArea {

	private FilesystemArea() {
	}

	public static RuleArea area() {
		return new RuleArea("filesystem", new NinePCapability(), new VirtioFsRule(), new RestrictedExportRule());
	}
}
