// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.DriverVmBackend;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.Platform;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VirtualMachine;

/**
 * The {@code disk = [...]} and {@code vif = [...]} lists of an xl.cfg as the VM's block and net devices. Each entry is
 * the xl disk or network spec (positional {@code target, format, vdev, access} or {@code key=value}); what an entry
 * says that the model cannot hold is reported as left out with the entry's line.
 */
final class XenDevices {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	// xm-era prefixes of a disk target, naming its back-end type and format
	private static final List<String> PREFIXES = List.of("tap:aio:", "tap:qcow2:", "tap2:aio:", "tap:", "tap2:", "phy:", "file:", "aio:", "qcow2:", "raw:");

	private final Platform platform;
	private final VirtualMachine vm;
	private final ImportReport report;
	private final AvpNames names;

	XenDevices(Platform platform, VirtualMachine vm, ImportReport report) {
		this.platform = platform;
		this.vm = vm;
		this.report = report;
		this.names = new AvpNames("devices of vm " + vm.getName());
	}

	void read(XlConfig.Setting disks, XlConfig.Setting vifs) throws ImportException {
		for (XlConfig.Value entry : entries(disks)) {
			disk(entry);
		}
		for (XlConfig.Value entry : entries(vifs)) {
			vif(entry);
		}
	}

	private static List<XlConfig.Value> entries(XlConfig.Setting list) throws ImportException {
		if (list == null) {
			return List.of();
		}
		if (!list.value().isList()) {
			throw new ImportException(list.value().at().exact() + ": '" + list.key() + "' takes a list [ ... ]");
		}
		return list.value().items();
	}

	private void disk(XlConfig.Value entry) {
		SourcePosition at = entry.at();
		Map<String, String> spec = diskSpec(entry.text());
		String vdev = spec.remove("vdev");
		String devtype = spec.remove("devtype");
		if (vdev != null && vdev.endsWith(":cdrom") || "cdrom".equals(devtype)) {
			report.leftOut(at, "disk '" + entry.text() + "'", "a CD-ROM drive has no place in the AVP model");
			return;
		}
		BlockDevice block = AVP.createBlockDevice();
		String target = spec.remove("target");
		String format = spec.remove("format");
		if (target != null) {
			for (String prefix : PREFIXES) {
				if (target.startsWith(prefix)) {
					target = target.substring(prefix.length());
					format = format != null ? format : prefix.contains("qcow2") ? "qcow2" : "raw";
					break;
				}
			}
		}
		String backend = spec.remove("backend");
		VirtualMachine driver = backend == null ? null : vmNamed(backend);
		if (driver != null) {
			DriverVmBackend served = AVP.createDriverVmBackend();
			served.setVm(driver);
			block.setBackend(served);
			if (target != null && !target.isEmpty()) {
				report.leftOut(at, "disk target '" + target + "'", "the disk is served by driver VM " + driver.getName() + "; the model's driver-VM back-end has no path");
			}
		} else {
			if (backend != null) {
				report.leftOut(at, "disk backend=" + backend, "no VM named '" + backend + "' in the platform to serve it");
			}
			if (target != null && !target.isEmpty()) {
				ImageBackend image = AVP.createImageBackend();
				image.setPath(target);
				if ("qcow2".equals(format)) {
					image.setFormat(ImageFormat.QCOW2);
				} else if (format != null && !format.equals("raw")) {
					report.leftOut(at, "disk format=" + format, "the model's image formats are raw and qcow2");
				}
				block.setBackend(image);
			}
		}
		String access = spec.remove("access");
		if (access != null) {
			switch (access) {
			case "r", "ro" -> block.setReadOnly(true);
			case "w", "rw" -> block.setReadOnly(false);
			default -> report.leftOut(at, "disk access=" + access, "the model has read-only or read-write");
			}
		}
		String specification = spec.remove("specification");
		if (specification != null && !specification.equals("virtio")) {
			report.leftOut(at, "disk specification=" + specification, "the model's devices are VIRTIO devices");
		}
		spec.forEach((k, v) -> report.leftOut(at, "disk " + (v == null ? k : k + "=" + v), "no place in the AVP model"));
		block.setName(vdev != null && !vdev.isEmpty() ? names.unique(vdev, at, report) : names.numbered("block"));
		vm.getDevices().add(block);
		report.mapped(block, "BlockDevice " + block.getName(), at);
	}

	// key=value parameters, and positional ones as target, format, vdev, access (xm's target, vdev, access for three);
	// target= takes the rest of the spec, commas included
	static Map<String, String> diskSpec(String text) {
		Map<String, String> spec = new LinkedHashMap<>();
		List<String> positional = new ArrayList<>();
		String rest = text;
		while (!rest.isEmpty()) {
			String part;
			int comma = rest.indexOf(',');
			String trimmed = rest.strip();
			if (trimmed.startsWith("target=")) {
				part = trimmed;
				rest = "";
			} else if (comma < 0) {
				part = rest;
				rest = "";
			} else {
				part = rest.substring(0, comma);
				rest = rest.substring(comma + 1);
			}
			part = part.strip();
			int eq = part.indexOf('=');
			if (eq > 0 && part.substring(0, eq).matches("[a-z_]+")) {
				spec.put(part.substring(0, eq), part.substring(eq + 1).strip());
			} else if (!part.isEmpty()) {
				positional.add(part);
			}
		}
		List<String> order = positional.size() == 3 ? List.of("target", "vdev", "access") : List.of("target", "format", "vdev", "access");
		for (int i = 0; i < positional.size(); i++) {
			if (i < order.size()) {
				spec.putIfAbsent(order.get(i), positional.get(i));
			} else {
				spec.put(positional.get(i), null);
			}
		}
		return spec;
	}

	private void vif(XlConfig.Value entry) {
		SourcePosition at = entry.at();
		NetworkDevice net = AVP.createNetworkDevice();
		Map<String, String> spec = new LinkedHashMap<>();
		for (String part : entry.text().split(",")) {
			part = part.strip();
			int eq = part.indexOf('=');
			if (!part.isEmpty()) {
				spec.put(eq < 0 ? part : part.substring(0, eq).strip(), eq < 0 ? null : part.substring(eq + 1).strip());
			}
		}
		String mac = spec.remove("mac");
		if (mac != null) {
			net.setMac(mac);
		}
		String bridge = spec.remove("bridge");
		String backend = spec.remove("backend");
		VirtualMachine driver = backend == null ? null : vmNamed(backend);
		if (driver != null) {
			DriverVmBackend served = AVP.createDriverVmBackend();
			served.setVm(driver);
			net.setBackend(served);
			if (bridge != null) {
				report.leftOut(at, "vif bridge=" + bridge, "the interface is served by driver VM " + driver.getName() + "; the model's driver-VM back-end has no bridge");
			}
		} else {
			if (backend != null) {
				report.leftOut(at, "vif backend=" + backend, "no VM named '" + backend + "' in the platform to serve it");
			}
			if (bridge != null) {
				TapBackend tap = AVP.createTapBackend();
				tap.setBridge(bridge);
				net.setBackend(tap);
			}
		}
		spec.forEach((k, v) -> report.leftOut(at, "vif " + (v == null ? k : k + "=" + v), "no place in the AVP model"));
		net.setName(names.numbered("net"));
		vm.getDevices().add(net);
		report.mapped(net, "NetworkDevice " + net.getName(), at);
	}

	// a driver domain named as xl names it: the VM's name in its own xl.cfg, or its .avp name
	private VirtualMachine vmNamed(String name) {
		for (VirtualMachine other : platform.getVirtualMachines()) {
			if (other != vm && (other.getName().equals(name) || other.getName().equals(name.replaceAll("[^A-Za-z0-9_]", "_")))) {
				return other;
			}
		}
		return null;
	}
}
