// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.names;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.model.HostDevice;
import org.avpstudio.model.NamedElement;
import org.avpstudio.model.SharedMemoryRegion;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Verifies;

/**
 * Names that become identifiers of the generated configurations are ones every target takes unchanged: QEMU ids
 * ({@code -name guest=}, {@code -device ...,id=}, {@code -object ...,id=}; QEMU's {@code id_wellformed}: a letter, then
 * letters, digits, '-', '.', '_'), libvirt's shmem names and Xen's {@code name=} and {@code backend=} (the same
 * identifier, {@code generator.internal.Names.id}), and the generated file names. A name the .avp grammar allows but QEMU
 * does not (a leading '_', or a keyword escaped with '^') would be renamed by the generators, so that the configuration
 * no longer names the model's element, and two elements could end with one identifier.
 */
@Verifies("AVP-NAME-1")
final class GeneratedIdRule implements AvpsRule {

	/** QEMU keeps node names in 32 bytes with the terminator; the qemu target names a block device's node "blk-" + name. */
	static final int MAX_BLOCK_NAME = 31 - "blk-".length();
	/** A generated file is named after its VM ({@code qemu/<vm>.args}, ...); file systems allow 255 bytes per name. */
	static final int MAX_VM_NAME = 200;

	private static final java.util.regex.Pattern QEMU_ID = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9._-]*");

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		List<NamedElement> named = new ArrayList<>(platform.vms());
		named.addAll(platform.devices());
		named.addAll(platform.hostDevices());
		named.addAll(platform.channels(SharedMemoryRegion.class));
		for (NamedElement element : named) {
			String name = element.getName();
			if (name != null && !QEMU_ID.matcher(name).matches()) {
				findings.report(element, what(element) + " '" + name + "' is not a QEMU identifier (a letter, then letters, digits, '-', '.' or '_'): "
						+ "the qemu, libvirt and xen targets would rename it", "Start the name with a letter");
			}
			if (name != null && element instanceof VirtualMachine && name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_VM_NAME) {
				findings.report(element, "VM name '" + name.substring(0, 20) + "…' has " + name.length() + " characters: the generated files are named after it"
						+ " and a file name has at most 255 bytes", "Use a name of at most " + MAX_VM_NAME + " characters");
			}
			if (name != null && element instanceof org.avpstudio.model.BlockDevice && name.length() > MAX_BLOCK_NAME) {
				findings.report(element, "block device name '" + name + "' has " + name.length() + " characters: QEMU's node name 'blk-" + name
						+ "' would be longer than the 31 bytes QEMU allows (qemu target)", "Use a name of at most " + MAX_BLOCK_NAME + " characters");
			}
		}
	}

	private static String what(NamedElement element) {
		return element instanceof VirtualMachine ? "VM name" : element instanceof VirtioDevice ? "device name"
				: element instanceof HostDevice ? "host device name" : "region name";
	}
}
