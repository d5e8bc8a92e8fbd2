// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.filesystem;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/** A share exports one host directory, not the whole host, and no directory is writable by several shares. */
@Verifies("AVPS-2.0-FS-3")
final class RestrictedExportRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		Map<String, List<FileSystemDevice>> writers = new HashMap<>();
		for (FileSystemDevice fs : platform.devices(FileSystemDevice.class)) {
			String path = fs.getBackend() instanceof HostPathBackend host ? host.getPath() : null;
			if (path == null || path.isBlank() || path.equals("/")) {
				findings.report(fs, "share '" + fs.getName() + "' does not restrict what it exports"
						+ (path == null ? " (no host-path back-end)" : " (it exports " + path + ")"), "Add: backend host-path \"/srv/<dir>\"");
			} else if (!fs.isReadOnly()) {
				writers.computeIfAbsent(path, p -> new ArrayList<>()).add(fs);
			}
		}
		writers.values().stream().filter(list -> list.size() > 1).forEach(list -> findings.report(list.get(1),
				"host directory is writable by several VMs through '" + list.get(0).getName() + "' and '" + list.get(1).getName() + "'",
				"Make all but one share read-only"));
	}
}
