// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.GpuMode;
import org.avpstudio.model.HostPathBackend;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.InputDevice;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.NetworkSegment;
import org.avpstudio.model.Platform;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogAction;
import org.avpstudio.model.WatchdogDevice;
import org.avpstudio.model.WatchdogModel;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The {@code <devices>} of one domain as the VM's VIRTIO devices. An element is read only where the model has a
 * place for it; what a device states that the model cannot hold stays unread and is reported by {@link XmlReading}.
 */
final class LibvirtDevices {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;

	private final Platform platform;
	private final VirtualMachine vm;
	private final XmlReading xml;
	private final ImportReport report;
	private final AvpNames names;

	LibvirtDevices(Platform platform, VirtualMachine vm, XmlReading xml, ImportReport report) {
		this.platform = platform;
		this.vm = vm;
		this.xml = xml;
		this.report = report;
		this.names = new AvpNames("devices of vm " + vm.getName());
	}

	void read(Element devices) {
		for (Node n = devices.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				VirtioDevice device = device(e);
				if (device != null) {
					xml.take(e);
					xml.attributeIs(e, "model", "virtio");
					device.setName(name(e, device));
					vm.getDevices().add(device);
					report.mapped(device, device.eClass().getName() + " " + device.getName(), XmlReading.at(e));
				}
			}
		}
	}

	private VirtioDevice device(Element e) {
		return switch (e.getTagName()) {
		case "disk" -> xml.attributeIs(e, "device", "disk") ? disk(e) : null;
		case "interface" -> net(e);
		case "console", "serial" -> console(e);
		case "rng" -> rng(e);
		case "input" -> input(e);
		case "vsock" -> vsock(e);
		case "memballoon" -> e.getAttribute("model").equals("none") ? none(e) : AVP.createBalloonDevice();
		case "filesystem" -> filesystem(e);
		case "watchdog" -> watchdog(e);
		case "iommu" -> e.getAttribute("model").equals("virtio") ? AVP.createIommuDevice() : null;
		case "video" -> video(e);
		case "sound" -> sound(e);
		default -> null;
		};
	}

	// <memballoon model='none'/> says there is no balloon: read, nothing made
	private VirtioDevice none(Element e) {
		xml.take(e);
		xml.attribute(e, "model");
		return null;
	}

	// a disk is named by its target (vda); other devices by their .avp keyword and a number (net0)
	private String name(Element e, VirtioDevice device) {
		Element target = child(e, "target");
		String dev = target == null ? null : target.getAttribute("dev");
		if (device instanceof BlockDevice && dev != null && !dev.isEmpty()) {
			xml.attribute(target, "dev");
			return names.unique(dev, XmlReading.at(target), report);
		}
		return DeviceFacts.numberedName(device, names);
	}

	private Element child(Element e, String name) {
		return xml.find(e, name).stream().findFirst().orElse(null);
	}

	private VirtioDevice disk(Element e) {
		BlockDevice block = AVP.createBlockDevice();
		Element source = xml.child(e, "source");
		String path = source == null ? null : firstOf(source, "file", "dev");
		if (path != null) {
			ImageBackend image = AVP.createImageBackend();
			image.setPath(path);
			Element driver = child(e, "driver");
			if (driver != null && xml.attributeIs(driver, "type", "qcow2")) {
				image.setFormat(ImageFormat.QCOW2);
			} else if (driver != null) {
				xml.attributeIs(driver, "type", "raw");
			}
			if (driver != null) {
				xml.take(driver);
				xml.attributeIs(driver, "name", "qemu");
			}
			block.setBackend(image);
		}
		xml.attributeIs(e, "type", "file");
		xml.attributeIs(e, "type", "block");
		block.setReadOnly(xml.child(e, "readonly") != null);
		Element target = xml.child(e, "target");
		if (target != null) {
			xml.attributeIs(target, "bus", "virtio");
		}
		return block;
	}

	private String firstOf(Element e, String... attributes) {
		for (String a : attributes) {
			String value = xml.attribute(e, a);
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	private VirtioDevice net(Element e) {
		NetworkDevice net = AVP.createNetworkDevice();
		Element mac = xml.child(e, "mac");
		if (mac != null) {
			net.setMac(xml.attribute(mac, "address"));
		}
		Element model = child(e, "model");
		if (model != null && xml.attributeIs(model, "type", "virtio")) {
			xml.take(model);
		}
		Element source = child(e, "source");
		if (xml.attributeIs(e, "type", "bridge") && source != null) {
			TapBackend tap = AVP.createTapBackend();
			tap.setBridge(xml.attribute(xml.take(source), "bridge"));
			net.setBackend(tap);
		} else if (xml.attributeIs(e, "type", "network") && source != null) {
			net.setNetwork(segment(xml.attribute(xml.take(source), "network"), xml.take(source)));
		} else if (xml.attributeIs(e, "type", "user")) {
			net.setBackend(AVP.createUserNetworkBackend());
		}
		return net;
	}

	// libvirt networks are shared by domains: one segment per network name
	private NetworkSegment segment(String network, Element source) {
		for (NetworkSegment segment : platform.getNetworks()) {
			if (segment.getName().equals(network)) {
				return segment;
			}
		}
		NetworkSegment segment = AVP.createNetworkSegment();
		segment.setName(new AvpNames("networks").unique(network, XmlReading.at(source), report));
		platform.getNetworks().add(segment);
		report.mapped(segment, "network " + segment.getName(), XmlReading.at(source));
		return segment;
	}

	private VirtioDevice console(Element e) {
		Element target = child(e, "target");
		if (target == null || !xml.attributeIs(target, "type", "virtio")) {
			return null;
		}
		xml.take(target);
		xml.attributeIs(e, "type", "pty");
		return AVP.createConsoleDevice();
	}

	private VirtioDevice rng(Element e) {
		EntropyDevice rng = AVP.createEntropyDevice();
		Element backend = child(e, "backend");
		if (backend != null && xml.attributeIs(backend, "model", "random")) {
			xml.take(backend);
			rng.setSource(DeviceFacts.entropySource(backend.getTextContent().trim()));
		}
		return rng;
	}

	private VirtioDevice input(Element e) {
		if (!xml.attributeIs(e, "bus", "virtio")) {
			return null;
		}
		InputDevice input = AVP.createInputDevice();
		String type = xml.attribute(e, "type");
		input.setKind(DeviceFacts.inputKind(type));
		return input;
	}

	private VirtioDevice vsock(Element e) {
		VsockDevice vsock = AVP.createVsockDevice();
		Element cid = xml.child(e, "cid");
		String address = cid == null ? null : xml.attribute(cid, "address");
		vsock.setGuestCid(address == null ? 3 : Long.parseLong(address));
		if (cid != null) {
			xml.attributeIs(cid, "auto", "no");
		}
		return vsock;
	}

	private VirtioDevice filesystem(Element e) {
		FileSystemDevice fs = AVP.createFileSystemDevice();
		Element driver = child(e, "driver");
		if (driver != null && xml.attributeIs(driver, "type", "virtiofs")) {
			xml.take(driver);
		} else {
			fs.setProtocol(FileSystemProtocol.NINE_P);
			if (driver != null && xml.attributeIs(driver, "type", "path")) {
				xml.take(driver);
			}
		}
		Element source = xml.child(e, "source");
		if (source != null && source.hasAttribute("dir")) {
			HostPathBackend host = AVP.createHostPathBackend();
			host.setPath(xml.attribute(source, "dir"));
			fs.setBackend(host);
		}
		Element target = xml.child(e, "target");
		String tag = target == null ? null : xml.attribute(target, "dir");
		fs.setTag(tag == null ? "" : tag); // libvirt refuses a filesystem without <target dir>; the model needs a tag
		fs.setReadOnly(xml.child(e, "readonly") != null);
		xml.attributeIs(e, "type", "mount");
		xml.attributeIs(e, "accessmode", "passthrough");
		return fs;
	}

	private VirtioDevice watchdog(Element e) {
		WatchdogDevice watchdog = AVP.createWatchdogDevice();
		String model = xml.attribute(e, "model");
		WatchdogModel literal = model == null ? null : WatchdogModel.get(model);
		if (literal == null) {
			return null;
		}
		watchdog.setModel(literal);
		String action = e.getAttribute("action");
		WatchdogAction mapped = DeviceFacts.watchdogAction(action);
		if (mapped != null) {
			xml.attribute(e, "action");
			watchdog.setAction(mapped);
		}
		return watchdog;
	}

	private VirtioDevice video(Element e) {
		Element model = child(e, "model");
		if (model == null || !xml.attributeIs(model, "type", "virtio")) {
			return null;
		}
		xml.take(model);
		GpuDevice gpu = AVP.createGpuDevice();
		String heads = xml.attribute(model, "heads");
		int scanouts = heads == null ? 1 : Integer.parseInt(heads);
		if (scanouts < 1 || scanouts > 16) {
			throw new IllegalArgumentException("<model heads='" + heads + "'>: a virtio GPU has 1 to 16 scanouts");
		}
		gpu.setScanouts(scanouts);
		Element acceleration = child(model, "acceleration");
		if (acceleration != null && xml.attributeIs(acceleration, "accel3d", "yes")) {
			xml.take(acceleration);
			gpu.setMode(GpuMode.MODE_3D);
		}
		return gpu;
	}

	private VirtioDevice sound(Element e) {
		return e.getAttribute("model").equals("virtio") ? AVP.createSoundDevice() : null;
	}
}
