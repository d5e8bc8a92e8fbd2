// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.PhysicalCore;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtualMachine;
import org.w3c.dom.Element;

/** One {@code <domain>} as a VM: name, memory, vCPUs, boot; its devices through {@link LibvirtDevices}. */
final class LibvirtDomain {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;

	private final Platform platform;
	private final XmlReading xml;
	private final ImportReport report;
	private final AvpNames vmNames = new AvpNames("VM names of the platform");
	private final HostHardware host;

	LibvirtDomain(Platform platform, XmlReading xml, ImportReport report) {
		this.platform = platform;
		this.xml = xml;
		this.report = report;
		this.host = new HostHardware(platform, xml, report);
	}

	void read(Element domain) {
		VirtualMachine vm = AVP.createVirtualMachine();
		Element name = xml.child(domain, "name");
		vm.setName(vmNames.unique(name == null ? "domain" : name.getTextContent().trim(), XmlReading.at(name == null ? domain : name), report));
		platform.getVirtualMachines().add(vm);
		report.mapped(vm, "vm " + vm.getName(), XmlReading.at(domain));
		hypervisor(domain);
		memory(domain, vm);
		Element os = xml.child(domain, "os");
		// a full virtual machine (hvm) has the host's architecture; the machine type is the generator's choice
		Element type = os == null ? null : xml.find(os, "type").stream().findFirst().orElse(null);
		if (type != null && type.getTextContent().trim().equals("hvm")) {
			host.architecture(xml.take(type));
		}
		vcpus(domain, vm);
		boot(os, vm);
		Element devices = xml.child(domain, "devices");
		if (devices != null) {
			new LibvirtDevices(platform, vm, xml, report).read(devices);
		}
	}

	// the domain type names the hypervisor; the platform has one, made from the first domain that names one
	private void hypervisor(Element domain) {
		HypervisorKind kind = switch (domain.getAttribute("type")) {
		case "kvm", "qemu" -> HypervisorKind.KVM_QEMU;
		case "xen" -> HypervisorKind.XEN;
		default -> null;
		};
		if (kind != null && Hypervisors.of(platform, kind, XmlReading.at(domain), report)) {
			xml.attribute(domain, "type");
		}
	}

	private void memory(Element domain, VirtualMachine vm) {
		Element memory = xml.child(domain, "memory");
		if (memory == null) {
			return;
		}
		String unit = xml.attribute(memory, "unit");
		vm.setMemoryMiB(MemorySize.mebibytes(memory.getTextContent().trim(), unit == null ? "KiB" : unit));
	}

	private void vcpus(Element domain, VirtualMachine vm) {
		Element vcpu = xml.child(domain, "vcpu");
		int count = vcpu == null ? 1 : Integer.parseInt(vcpu.getTextContent().trim());
		if (count < 1 || count > GuestParts.MAX_VCPUS) {
			throw new IllegalArgumentException("<vcpu> " + count + ": a VM has 1 to " + GuestParts.MAX_VCPUS + " vCPUs");
		}
		if (vcpu != null) {
			xml.attributeIs(vcpu, "placement", "static");
		}
		for (int i = 0; i < count; i++) {
			VirtualCpu cpu = AVP.createVirtualCpu();
			cpu.setIndex(i);
			vm.getVcpus().add(cpu);
		}
		Element cputune = xml.child(domain, "cputune");
		if (cputune != null) {
			xml.find(cputune, "vcpupin").forEach(pin -> pin(pin, vm));
		}
	}

	// a vCPU pinned to one host CPU; a CPU set of several stays unread (the model pins to one core)
	private void pin(Element pin, VirtualMachine vm) {
		String vcpu = pin.getAttribute("vcpu");
		String cpuset = pin.getAttribute("cpuset");
		if (!vcpu.matches("\\d{1,6}") || !cpuset.matches("\\d{1,6}") || Integer.parseInt(vcpu) >= vm.getVcpus().size()) {
			return;
		}
		PhysicalCore core = host.core(Integer.parseInt(cpuset), XmlReading.at(pin));
		if (core != null) {
			vm.getVcpus().get(Integer.parseInt(vcpu)).setPinnedTo(core);
			xml.take(pin);
			xml.attribute(pin, "vcpu");
			xml.attribute(pin, "cpuset");
		}
	}

	private void boot(Element os, VirtualMachine vm) {
		if (os == null) {
			return;
		}
		Boot boot = AVP.createBoot();
		boot.setKernel(xml.childText(os, "kernel"));
		boot.setInitrd(xml.childText(os, "initrd"));
		boot.setCommandLine(xml.childText(os, "cmdline"));
		boot.setDeviceTree(xml.childText(os, "dtb"));
		boot.setFirmware(xml.childText(os, "loader"));
		boolean efi = xml.attributeIs(os, "firmware", "efi");
		if (boot.getKernel() != null) {
			boot.setProtocol(BootProtocol.LINUX_DIRECT);
		} else if (boot.getFirmware() != null || efi) {
			boot.setProtocol(BootProtocol.UEFI);
		} else {
			return;
		}
		vm.setBoot(boot);
		report.mapped(boot, "boot " + boot.getProtocol().getLiteral(), XmlReading.at(os));
	}
}
