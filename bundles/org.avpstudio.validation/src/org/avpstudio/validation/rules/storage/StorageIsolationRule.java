// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import java.util.HashMap;
import java.util.Map;

import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** No disk image is writable by two VMs. */
@Verifies("AVPS-2.0-STO-2")
final class StorageIsolationRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<String, BlockDevice> writers = new HashMap<>();
		for (BlockDevice block : platform.devices(BlockDevice.class)) {
			if (block.getBackend() instanceof ImageBackend image && !block.isReadOnly()) {
				BlockDevice other = writers.putIfAbsent(image.getPath(), block);
				if (other != null && PlatformScope.vmOf(other).orElse(null) != PlatformScope.vmOf(block).orElse(null)) {
					findings.report(block, "image " + image.getPath() + " is writable by VM '" + PlatformScope.vmOf(block).get().getName()
							+ "' and by VM '" + PlatformScope.vmOf(other).get().getName() + "'", "Give each VM its own image, or make all but one read-only");
				}
			}
		}
	}
}
