// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Boot;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.HypervisorKind;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;

/**
 * Cloud Hypervisor's VmConfig (the body of its HTTP API's {@code vm.create}, as its OpenAPI schema describes it): one VM
 * per file, named by the file (VmConfig has no name). vCPUs and their affinity, memory and the payload are read here,
 * the devices by {@link CloudHypervisorDevices}; every member nothing read is reported as left out with its line
 * ({@link Json#unread}).
 */
public final class CloudHypervisorImporter implements Importer {

	/** The members of VmConfig in Cloud Hypervisor's OpenAPI schema. */
	static final Set<String> VM_CONFIG = Set.of("cpus", "memory", "payload", "rate_limit_groups", "disks", "net", "rng", "balloon", "fs",
			"generic_vhost_user", "pmem", "serial", "console", "debug_console", "devices", "user_devices", "vdpa", "vsock", "numa", "iommu",
			"watchdog", "rtc", "pvpanic", "pci_segments", "platform", "tpm", "landlock_enable", "landlock_rules");
	// a JSON object whose first member is one of VmConfig's: cheap, and no other format of ours starts so
	private static final Pattern FIRST_MEMBER = Pattern.compile("\\A\\s*\\{\\s*\"(" + String.join("|", VM_CONFIG) + ")\"\\s*:");

	// why a member has no place, where more can be said than "no place in the AVP model"
	private static final Map<String, String> WHY = Map.ofEntries(
			Map.entry("ip", "the host's address on the tap; the model's tap back-end has an interface name and a bridge only"),
			Map.entry("mask", "the host's netmask on the tap; the model's tap back-end has an interface name and a bridge only"),
			Map.entry("host_mac", "the host end's MAC; the model holds the guest's"),
			Map.entry("shared", "the model shares guest memory with the host for its virtio-fs devices only (the target writes shared=on for them)"),
			Map.entry("file", "the host end of the console; the model's console device has none"),
			Map.entry("socket", "the host end; the model's device has none"),
			Map.entry("mtu", "the model has no MTU"),
			Map.entry("direct", "the model does not say how the host opens the image (O_DIRECT)"),
			Map.entry("hugepages", "the model does not say how guest memory is backed on the host"),
			Map.entry("hugepage_size", "the model does not say how guest memory is backed on the host"),
			Map.entry("mergeable", "the model does not say how guest memory is backed on the host"),
			Map.entry("prefault", "the model does not say how guest memory is backed on the host"),
			Map.entry("thp", "the model does not say how guest memory is backed on the host"),
			Map.entry("topology", "the model has a vCPU count, no sockets/dies/cores/threads topology"),
			Map.entry("pmem", "the model has no virtio-pmem device"),
			Map.entry("vdpa", "the model has no vDPA back-end"),
			Map.entry("generic_vhost_user", "the model has no device of an unspecified kind"),
			Map.entry("user_devices", "the model has no vfio-user device"),
			Map.entry("numa", "the model has no guest NUMA nodes"),
			Map.entry("platform", "the model has no PCI segments, SMBIOS strings or confidential-computing settings"),
			Map.entry("pci_segment", "the model does not place devices on PCI segments"),
			Map.entry("pci_device_id", "the model does not place devices on PCI slots"),
			Map.entry("rate_limiter_config", "the model has no I/O rate limits"),
			Map.entry("rate_limit_group", "the model has no I/O rate limits"),
			Map.entry("rate_limit_groups", "the model has no I/O rate limits"),
			Map.entry("tpm", "the model has no TPM"),
			Map.entry("pvpanic", "the model has no pvpanic device"));

	@Override
	public String id() {
		return "cloud-hypervisor";
	}

	@Override
	public boolean detects(String content) {
		return FIRST_MEMBER.matcher(content).lookingAt();
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		Json root = Json.parse(file, content);
		JsonMembers config = JsonMembers.of(root, "");
		if (root.members().keySet().stream().noneMatch(VM_CONFIG::contains)) {
			throw new ImportException(root.at().exact() + ": not a Cloud Hypervisor VmConfig: none of its members (cpus, memory, payload, disks, net, ...) is there");
		}
		if (config.get("payload") == null) {
			throw new ImportException(root.at().exact() + ": a VmConfig needs 'payload' (the kernel or firmware to boot); Cloud Hypervisor refuses one without");
		}
		SourcePosition start = root.at();
		GuestParts guest = new GuestParts(platform, report);
		VirtualMachine vm = guest.add(stem(file), start);
		if (!Hypervisors.of(platform, HypervisorKind.CLOUD_HYPERVISOR, start, report)) {
			report.leftOut(start, "VmConfig", "a Cloud Hypervisor guest in a platform whose hypervisor is " + platform.getHypervisor().getKind().getLiteral());
		}
		cpus(config, guest, report);
		memory(config, vm, report);
		payload(config.object("payload"), vm, report); // present: checked above
		new CloudHypervisorDevices(config, guest, report).read();
		root.unread("", (path, value) -> report.leftOut(value.at(), path + " = " + shown(value), why(path)));
	}

	private static void cpus(JsonMembers config, GuestParts guest, ImportReport report) throws ImportException {
		JsonMembers cpus = config.object("cpus");
		if (cpus == null) {
			guest.vcpus(1); // Cloud Hypervisor's default
			return;
		}
		long boot = required(cpus, "boot_vcpus", 1, GuestParts.MAX_VCPUS);
		long max = required(cpus, "max_vcpus", 1, GuestParts.MAX_VCPUS);
		if (max < boot) {
			throw new ImportException(cpus.get("max_vcpus").at().exact() + ": 'cpus.max_vcpus' (" + max + ") is below 'cpus.boot_vcpus' (" + boot + ")");
		}
		guest.vcpus((int) boot);
		if (max != boot) {
			report.leftOut(cpus.get("max_vcpus").at(), "cpus.max_vcpus = " + max, "the model has no hot-pluggable vCPUs; the VM has its " + boot + " boot vCPUs");
		}
		List<Json> affinities = cpus.array("affinity");
		for (int i = 0; i < affinities.size(); i++) {
			Json entry = affinities.get(i);
			JsonMembers affinity = JsonMembers.of(entry, cpus.path("affinity[" + i + "]"));
			long vcpu = required(affinity, "vcpu", 0, GuestParts.MAX_VCPUS - 1);
			List<Json> hosts = affinity.array("host_cpus");
			long host = hosts.size() == 1 ? JsonMembers.integer(hosts.get(0), affinity.path("host_cpus[0]"), 0, 65535) : -1;
			if (hosts.size() != 1 || !guest.pin(vcpu, host, entry.at())) {
				report.leftOut(entry.at(), "cpus.affinity[" + i + "] (vCPU " + vcpu + " on host CPUs " + hosts.stream().map(Json::text).toList() + ")",
						hosts.size() != 1 ? "the model pins a vCPU to one host core"
								: vcpu >= boot ? "the VM has no vCPU " + vcpu
										: "no hardware section is known to hold the host cores (import the host's libvirt domain with it)");
			}
		}
	}

	private static long required(JsonMembers object, String member, long min, long max) throws ImportException {
		Long value = object.integer(member, min, max);
		if (value == null) {
			throw new ImportException(object.json().at().exact() + ": '" + object.path(member) + "' is required");
		}
		return value;
	}

	private static void memory(JsonMembers config, VirtualMachine vm, ImportReport report) throws ImportException {
		JsonMembers memory = config.object("memory");
		if (memory == null) {
			vm.setMemoryMiB(512); // Cloud Hypervisor's default
			return;
		}
		long bytes = required(memory, "size", 1, 1L << 52);
		vm.setMemoryMiB(MemorySize.mebibytes(Long.toString(bytes), "b"));
		if (memory.has("shared") && config.has("fs")) {
			memory.bool("shared", false); // virtio-fs needs shared memory: the target writes it for every fs device
		}
	}

	private static void payload(JsonMembers payload, VirtualMachine vm, ImportReport report) throws ImportException {
		Boot boot = AvpFactory.eINSTANCE.createBoot();
		String kernel = payload.string("kernel");
		String firmware = kernel == null ? payload.string("firmware") : null;
		if (kernel == null && firmware == null) {
			throw new ImportException(payload.json().at().exact() + ": 'payload' needs 'kernel' or 'firmware'");
		}
		boot.setProtocol(kernel != null ? BootProtocol.LINUX_DIRECT : BootProtocol.UEFI);
		boot.setKernel(kernel);
		boot.setFirmware(firmware);
		boot.setInitrd(payload.string("initramfs"));
		boot.setCommandLine(payload.string("cmdline"));
		vm.setBoot(boot);
		report.mapped(boot, "boot " + boot.getProtocol().getLiteral(), payload.json().at());
	}

	static String why(String path) {
		String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+\\]$", "");
		return WHY.getOrDefault(last, "no place in the AVP model");
	}

	/** A value as the report shows it: scalars as written, objects and arrays abridged. */
	static String shown(Json value) {
		return switch (value.kind()) {
		case STRING -> "\"" + value.text() + "\"";
		case OBJECT -> "{...}";
		case ARRAY -> "[...]";
		case NULL -> "null";
		default -> value.text();
		};
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
	}
}
