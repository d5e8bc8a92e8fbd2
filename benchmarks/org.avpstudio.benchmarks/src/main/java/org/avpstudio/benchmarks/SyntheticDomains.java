// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * libvirt domain XML files as a host running many guests has them (what {@code virsh dumpxml} writes for a KVM
 * guest with direct kernel boot and VIRTIO devices, plus the parts AVP Studio leaves out: uuid, clock, on_*,
 * controllers, PCI addresses), one file per domain, for the import benchmark.
 */
public final class SyntheticDomains {

	private SyntheticDomains() {
	}

	/** Writes {@code count} domain files into {@code folder} and returns them in order. */
	public static List<Path> write(Path folder, int count) throws IOException {
		Files.createDirectories(folder);
		List<Path> files = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			Path file = folder.resolve(String.format("guest-%04d.xml", i));
			Files.writeString(file, domain(i));
			files.add(file);
		}
		return files;
	}

	static String domain(int i) {
		int slot = 2;
		StringBuilder x = new StringBuilder(4096);
		x.append("<domain type='kvm'>\n");
		x.append("  <name>guest-").append(i).append("</name>\n");
		x.append(String.format("  <uuid>%08x-1111-4222-8333-%012x</uuid>%n", i, (long) i * 7919));
		x.append("  <memory unit='KiB'>").append(524288 + (i % 8) * 262144).append("</memory>\n");
		x.append("  <currentMemory unit='KiB'>").append(524288 + (i % 8) * 262144).append("</currentMemory>\n");
		x.append("  <vcpu placement='static'>").append(1 + i % 4).append("</vcpu>\n");
		x.append("  <os>\n    <type arch='x86_64' machine='pc-q35-9.2'>hvm</type>\n");
		x.append("    <kernel>/var/lib/guests/guest-").append(i).append("/bzImage</kernel>\n");
		x.append("    <initrd>/var/lib/guests/guest-").append(i).append("/initrd.img</initrd>\n");
		x.append("    <cmdline>console=hvc0 root=/dev/vda rw quiet</cmdline>\n  </os>\n");
		x.append("  <features><acpi/><apic/></features>\n");
		x.append("  <clock offset='utc'><timer name='rtc' tickpolicy='catchup'/></clock>\n");
		x.append("  <on_poweroff>destroy</on_poweroff>\n  <on_reboot>restart</on_reboot>\n  <on_crash>destroy</on_crash>\n");
		x.append("  <devices>\n    <emulator>/usr/bin/qemu-system-x86_64</emulator>\n");
		for (String target : new String[] { "vda", "vdb" }) {
			x.append("    <disk type='file' device='disk'>\n      <driver name='qemu' type='qcow2' cache='none'/>\n");
			x.append("      <source file='/var/lib/guests/guest-").append(i).append('/').append(target).append(".qcow2'/>\n");
			x.append("      <target dev='").append(target).append("' bus='virtio'/>\n");
			x.append(address(slot++)).append("    </disk>\n");
		}
		x.append("    <controller type='pci' index='0' model='pcie-root'/>\n");
		x.append("    <interface type='bridge'>\n");
		x.append(String.format("      <mac address='52:54:00:%02x:%02x:%02x'/>%n", (i >> 16) & 0xff, (i >> 8) & 0xff, i & 0xff));
		x.append("      <source bridge='br0'/>\n      <model type='virtio'/>\n").append(address(slot++)).append("    </interface>\n");
		x.append("    <console type='pty'>\n      <target type='virtio' port='0'/>\n    </console>\n");
		x.append("    <input type='keyboard' bus='virtio'>\n").append(address(slot++)).append("    </input>\n");
		x.append("    <rng model='virtio'>\n      <backend model='random'>/dev/urandom</backend>\n").append(address(slot++)).append("    </rng>\n");
		x.append("    <vsock model='virtio'>\n      <cid auto='no' address='").append(3 + i).append("'/>\n    </vsock>\n");
		x.append("    <memballoon model='virtio'>\n").append(address(slot++)).append("    </memballoon>\n");
		x.append("  </devices>\n</domain>\n");
		return x.toString();
	}

	private static String address(int slot) {
		return String.format("      <address type='pci' domain='0x0000' bus='0x00' slot='0x%02x' function='0x0'/>%n", slot);
	}
}
