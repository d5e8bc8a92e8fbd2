// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.filesystem;

import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.OptionalCapability;

@Verifies("AVPS-2.0-FS-1")
final class NinePCapability extends OptionalCapability {

	NinePCapability() {
		super("9P file sharing");
	}

	@Override
	protected boolean offered(PlatformScope platform) {
		return platform.devices(FileSystemDevice.class).stream().anyMatch(f -> f.getProtocol() == FileSystemProtocol.NINE_P);
	}
}
