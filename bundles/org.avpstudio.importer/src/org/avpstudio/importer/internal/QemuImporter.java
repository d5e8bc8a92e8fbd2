// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.model.Platform;

/**
 * QEMU: a {@code -readconfig} file (one VM) or command lines (a libvirt {@code .args} file, a start script; one VM
 * per {@code qemu-system-*} command), read by {@link QemuInput} into options and mapped by {@link QemuGuest} and
 * {@link QemuDevices}.
 */
public final class QemuImporter implements Importer {

	// a line whose command is qemu-system-ARCH (after environment assignments or exec)
	private static final Pattern COMMAND = Pattern.compile(
			"^[ \\t]*(exec[ \\t]+)?([A-Za-z_][A-Za-z0-9_]*=\\S*[ \\t]+)*[^\\s=\"'#;|&]*(qemu-system-[A-Za-z0-9_]+|qemu-kvm)([ \\t]|\\\\?$)", Pattern.MULTILINE);

	@Override
	public String id() {
		return "qemu";
	}

	@Override
	public boolean detects(String content) {
		return QemuInput.isReadConfig(content) || COMMAND.matcher(content).find();
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		var guests = QemuInput.read(file, content, report);
		if (guests.isEmpty()) {
			throw new ImportException(file + ": no qemu-system-* command found");
		}
		for (QemuInput.Guest guest : guests) {
			new QemuGuest(platform, report, file).read(guest);
		}
	}
}
