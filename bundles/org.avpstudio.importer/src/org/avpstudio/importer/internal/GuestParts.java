// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.HostDeviceKind;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;

/**
 * What the Cloud Hypervisor and crosvm importers make alike: the VM named and added, its vCPUs, a vCPU pinned to a
 * host core and a PCI device passed through (both only when the platform's hardware section is known, e.g. from a
 * libvirt domain of the same import: neither format tells the host's architecture), devices named and added.
 */
final class GuestParts {

	/** The most vCPUs an imported VM may have (what QEMU and Cloud Hypervisor take); more is an error, not 10^9 objects. */
	static final int MAX_VCPUS = 4096;

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;

	private final Platform platform;
	private final ImportReport report;
	final VirtualMachine vm = AVP.createVirtualMachine();
	private AvpNames devices;

	GuestParts(Platform platform, ImportReport report) {
		this.platform = platform;
		this.report = report;
	}

	/** The VM named {@code wanted} (made unique among the platform's VMs) added to the platform. */
	VirtualMachine add(String wanted, SourcePosition at) {
		AvpNames names = new AvpNames("VM names of the platform");
		platform.getVirtualMachines().forEach(v -> names.taken(v.getName()));
		vm.setName(names.unique(wanted, at, report));
		platform.getVirtualMachines().add(vm);
		report.mapped(vm, "vm " + vm.getName(), at);
		devices = new AvpNames("devices of vm " + vm.getName());
		return vm;
	}

	void vcpus(int count) {
		vm.getVcpus().clear();
		for (int i = 0; i < count; i++) {
			VirtualCpu cpu = AVP.createVirtualCpu();
			cpu.setIndex(i);
			vm.getVcpus().add(cpu);
		}
	}

	/** Pins vCPU {@code vcpu} to host core {@code hostCpu}; false when the VM has no such vCPU or no hardware is known. */
	boolean pin(long vcpu, long hostCpu, SourcePosition at) {
		if (vcpu < 0 || vcpu >= vm.getVcpus().size() || hostCpu < 0 || hostCpu > 65535) {
			return false;
		}
		PhysicalCore core = new HostHardware(platform, report).core((int) hostCpu, at);
		if (core == null) {
			return false;
		}
		vm.getVcpus().get((int) vcpu).setPinnedTo(core);
		return true;
	}

	/**
	 * The host PCI device at {@code address} (domain:bus:device.function) passed through to the VM; false when the
	 * platform has no hardware section to hold it. The same address twice is the same host device.
	 */
	boolean passThrough(String address, SourcePosition at) {
		Hardware hardware = platform.getHardware();
		if (hardware == null) {
			return false;
		}
		HostDevice device = hardware.getHostDevices().stream().filter(d -> address.equals(d.getAddress())).findFirst().orElse(null);
		if (device == null) {
			device = AVP.createHostDevice();
			AvpNames names = new AvpNames("host devices");
			hardware.getHostDevices().forEach(d -> names.taken(d.getName()));
			device.setName(names.numbered("pci"));
			device.setKind(HostDeviceKind.OTHER);
			device.setAddress(address);
			hardware.getHostDevices().add(device);
			report.mapped(device, "host device " + address, at);
		}
		vm.getPassthrough().add(device);
		return true;
	}

	/** The PCI address of a sysfs device path ({@code /sys/bus/pci/devices/0000:01:00.0}), or null. */
	static String pciAddress(String path) {
		if (path == null) {
			return null;
		}
		String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
		String last = trimmed.substring(trimmed.lastIndexOf('/') + 1);
		return last.matches("[0-9a-fA-F]{4}:[0-9a-fA-F]{2}:[0-9a-fA-F]{2}\\.[0-7]") ? last : null;
	}

	/** {@code device} named {@code wanted} (or {@code prefix0}, {@code prefix1}, ... when null) and added to the VM. */
	<T extends VirtioDevice> T device(T device, String wanted, String prefix, SourcePosition at) {
		device.setName(wanted != null && !wanted.isBlank() ? devices.unique(wanted, at, report) : devices.numbered(prefix));
		vm.getDevices().add(device);
		report.mapped(device, device.eClass().getName() + " " + device.getName(), at);
		return device;
	}
}
