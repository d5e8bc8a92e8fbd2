// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.names;

import java.nio.charset.StandardCharsets;

import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * A virtio-fs tag fits the 36-byte tag field of the device's configuration space (VIRTIO 1.2 §5.11.4); QEMU's
 * vhost-user-fs-pci, libvirt's {@code <target dir>} and cloud-hypervisor's {@code --fs tag=} refuse a longer one.
 */
@Verifies("AVP-NAME-3")
final class FsTagRule implements AvpsRule {

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (FileSystemDevice fs : platform.devices(FileSystemDevice.class)) {
			if (fs.getProtocol() != FileSystemProtocol.VIRTIO_FS || fs.getTag() == null) {
				continue;
			}
			int bytes = fs.getTag().getBytes(StandardCharsets.UTF_8).length;
			if (bytes == 0 || bytes > 36) {
				findings.report(fs, "virtio-fs tag \"" + fs.getTag() + "\" of '" + fs.getName() + "' is " + bytes
						+ " bytes: the device's tag field holds 1 to 36 (qemu, libvirt, cloud-hypervisor targets)", "Use a tag of 1 to 36 bytes");
			}
		}
	}
}
