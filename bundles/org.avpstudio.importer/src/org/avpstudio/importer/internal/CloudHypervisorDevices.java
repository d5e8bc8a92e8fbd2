// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.BalloonDevice;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.ConsoleDevice;
import org.avpstudio.model.EntropyDevice;
import org.avpstudio.model.EntropySource;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.ImageFormat;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.QueueConfig;
import org.avpstudio.model.RtcDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VhostUserBackend;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogDevice;

/**
 * The devices of a VmConfig as the VM's VIRTIO devices: {@code disks[]} → block, {@code net[]} → net, {@code rng} →
 * entropy (Cloud Hypervisor always has one, {@code /dev/urandom} unless told), {@code balloon}, {@code fs[]} →
 * virtio-fs over vhost-user, {@code console} → console (Cloud Hypervisor's default is one on its tty; mode
 * {@code Off} has none), {@code serial} → the VM's emulated UART, {@code vsock}, {@code watchdog}, {@code iommu} →
 * virtio-iommu, {@code rtc}, {@code devices[]} → PCI pass-through. A device's {@code iommu: true} puts it behind the
 * IOMMU; {@code num_queues}/{@code queue_size} become its queue configuration when given.
 */
final class CloudHypervisorDevices {

	private static final AvpFactory AVP = AvpFactory.eINSTANCE;
	private static final List<String> MODES = List.of("Off", "Pty", "Tty", "File", "Socket", "Null");

	private final JsonMembers config;
	private final GuestParts guest;
	private final ImportReport report;

	CloudHypervisorDevices(JsonMembers config, GuestParts guest, ImportReport report) {
		this.config = config;
		this.guest = guest;
		this.report = report;
	}

	void read() throws ImportException {
		List<Json> disks = config.array("disks");
		for (int i = 0; i < disks.size(); i++) {
			disk(JsonMembers.of(disks.get(i), "disks[" + i + "]"));
		}
		List<Json> nets = config.array("net");
		for (int i = 0; i < nets.size(); i++) {
			net(JsonMembers.of(nets.get(i), "net[" + i + "]"));
		}
		rng(config.object("rng"));
		JsonMembers balloon = config.object("balloon");
		if (balloon != null) {
			balloon(balloon);
		}
		List<Json> shares = config.array("fs");
		for (int i = 0; i < shares.size(); i++) {
			fs(JsonMembers.of(shares.get(i), "fs[" + i + "]"));
		}
		console(config.object("console"));
		serial(config.object("serial"));
		JsonMembers vsock = config.object("vsock");
		if (vsock != null) {
			vsock(vsock);
		}
		if (config.bool("watchdog", false)) {
			guest.device(AVP.createWatchdogDevice(), null, "watchdog", config.get("watchdog").at());
		}
		if (config.bool("iommu", false)) {
			guest.device(AVP.createIommuDevice(), null, "iommu", config.get("iommu").at());
		}
		JsonMembers rtc = config.object("rtc");
		if (rtc != null) {
			RtcDevice device = guest.device(AVP.createRtcDevice(), rtc.string("id"), "rtc", rtc.json().at());
			common(rtc, device);
		}
		List<Json> devices = config.array("devices");
		for (int i = 0; i < devices.size(); i++) {
			passThrough(JsonMembers.of(devices.get(i), "devices[" + i + "]"));
		}
	}

	private void disk(JsonMembers disk) throws ImportException {
		BlockDevice block = guest.device(AVP.createBlockDevice(), disk.string("id"), "disk", disk.json().at());
		String path = disk.string("path");
		if (disk.bool("vhost_user", false)) {
			String socket = disk.string("vhost_socket");
			if (socket == null) {
				throw new ImportException(disk.json().at().exact() + ": '" + disk.path("vhost_user") + "' needs 'vhost_socket'");
			}
			block.setBackend(vhostUser(socket));
			if (path != null) {
				report.leftOut(disk.get("path").at(), disk.path("path") + " = \"" + path + "\"", "the disk is served by the vhost-user back-end at " + socket);
			}
		} else if (path != null) {
			ImageBackend image = AVP.createImageBackend();
			image.setPath(path);
			block.setBackend(image);
			String type = disk.string("image_type");
			if ("Qcow2".equals(type)) {
				image.setFormat(ImageFormat.QCOW2);
			} else if (type != null && !type.equals("Raw") && !type.equals("Unknown")) {
				checkEnum(disk, "image_type", type, List.of("FixedVhd", "Qcow2", "Raw", "Vhdx", "Unknown"));
				report.leftOut(disk.get("image_type").at(), disk.path("image_type") + " = \"" + type + "\"", "the model's image formats are raw and qcow2");
			}
		} else {
			throw new ImportException(disk.json().at().exact() + ": '" + disk.path("path") + "' (or 'vhost_user' with 'vhost_socket') is required");
		}
		block.setReadOnly(disk.bool("readonly", false));
		common(disk, block);
		queues(disk, block);
	}

	private void net(JsonMembers net) throws ImportException {
		NetworkDevice device = guest.device(AVP.createNetworkDevice(), net.string("id"), "net", net.json().at());
		String mac = net.string("mac");
		if (mac != null) {
			if (!mac.matches("[0-9a-fA-F]{2}(:[0-9a-fA-F]{2}){5}")) {
				throw new ImportException(net.get("mac").at().exact() + ": '" + net.path("mac") + "' is not a MAC address (six hex pairs separated by ':'): \"" + mac + "\"");
			}
			device.setMac(mac);
		}
		if (net.bool("vhost_user", false)) {
			String socket = net.string("vhost_socket");
			if (socket == null) {
				throw new ImportException(net.json().at().exact() + ": '" + net.path("vhost_user") + "' needs 'vhost_socket'");
			}
			device.setBackend(vhostUser(socket));
		} else {
			String name = net.string("tap");
			if (name != null) {
				TapBackend tap = AVP.createTapBackend();
				tap.setIfname(name);
				device.setBackend(tap);
			}
		}
		common(net, device);
		queues(net, device);
	}

	private void rng(JsonMembers rng) throws ImportException {
		EntropyDevice device = guest.device(AVP.createEntropyDevice(), rng == null ? null : rng.string("id"), "rng",
				rng == null ? config.json().at() : rng.json().at());
		if (rng == null) {
			return; // Cloud Hypervisor always has a virtio-rng reading /dev/urandom
		}
		String src = rng.string("src");
		if ("/dev/random".equals(src)) {
			device.setSource(EntropySource.HOST_RANDOM);
		} else if ("/dev/hwrng".equals(src)) {
			device.setSource(EntropySource.HARDWARE_TRNG);
		} else if (src != null && !src.equals("/dev/urandom")) {
			report.leftOut(rng.get("src").at(), "rng.src = \"" + src + "\"", "the model's entropy sources are the host's /dev/urandom, /dev/random and a hardware TRNG (/dev/hwrng)");
		}
		common(rng, device);
	}

	private void balloon(JsonMembers balloon) throws ImportException {
		BalloonDevice device = guest.device(AVP.createBalloonDevice(), balloon.string("id"), "balloon", balloon.json().at());
		Long size = balloon.integer("size", 0, Long.MAX_VALUE);
		if (size != null && size != 0) {
			report.leftOut(balloon.get("size").at(), "balloon.size = " + size, "the model's balloon has no initial size; it starts deflated");
		}
		if (balloon.bool("deflate_on_oom", false)) {
			device.getFeatures().add("VIRTIO_BALLOON_F_DEFLATE_ON_OOM");
		}
		if (balloon.bool("free_page_reporting", false)) {
			device.getFeatures().add("VIRTIO_BALLOON_F_PAGE_REPORTING");
		}
		common(balloon, device);
	}

	private void fs(JsonMembers fs) throws ImportException {
		FileSystemDevice device = guest.device(AVP.createFileSystemDevice(), fs.string("id"), "fs", fs.json().at());
		String tag = fs.string("tag");
		String socket = fs.string("socket");
		if (tag == null || socket == null) {
			throw new ImportException(fs.json().at().exact() + ": '" + fs.path(tag == null ? "tag" : "socket") + "' is required");
		}
		device.setProtocol(FileSystemProtocol.VIRTIO_FS);
		device.setTag(tag);
		device.setBackend(vhostUser(socket));
		common(fs, device);
		queues(fs, device);
	}

	private void console(JsonMembers console) throws ImportException {
		if (console == null) {
			// Cloud Hypervisor's default: a virtio-console on its tty
			guest.device(AVP.createConsoleDevice(), null, "console", config.json().at());
			return;
		}
		String mode = mode(console);
		if (mode.equals("Off")) {
			return;
		}
		ConsoleDevice device = guest.device(AVP.createConsoleDevice(), console.string("id"), "console", console.json().at());
		common(console, device);
	}

	// the legacy serial port is the VM's emulated UART; Off and Null give the guest none worth modelling
	private void serial(JsonMembers serial) throws ImportException {
		if (serial != null) {
			String mode = mode(serial);
			guest.vm.setEmulatedUart(!mode.equals("Off") && !mode.equals("Null"));
		}
	}

	private String mode(JsonMembers console) throws ImportException {
		String mode = console.string("mode");
		if (mode == null) {
			throw new ImportException(console.json().at().exact() + ": '" + console.path("mode") + "' is required (one of " + MODES + ")");
		}
		checkEnum(console, "mode", mode, MODES);
		return mode;
	}

	private void vsock(JsonMembers vsock) throws ImportException {
		VsockDevice device = guest.device(AVP.createVsockDevice(), vsock.string("id"), "vsock", vsock.json().at());
		Long cid = vsock.integer("cid", 3, 0xFFFF_FFFEL);
		if (cid == null) {
			throw new ImportException(vsock.json().at().exact() + ": '" + vsock.path("cid") + "' is required");
		}
		device.setGuestCid(cid);
		String socket = vsock.string("socket");
		if (socket != null) {
			report.leftOut(vsock.get("socket").at(), "vsock.socket = \"" + socket + "\"",
					"the host end of the hybrid vsock; the model has the guest CID only (the target writes /run/avp/VM-vsock.sock)");
		}
		common(vsock, device);
	}

	private void passThrough(JsonMembers device) throws ImportException {
		String path = device.string("path");
		String address = GuestParts.pciAddress(path);
		if (address == null) {
			report.leftOut(device.json().at(), device.path("path") + " = " + (path == null ? "none" : "\"" + path + "\""), "the model passes through PCI devices named by their address (/sys/bus/pci/devices/DDDD:BB:DD.F)");
		} else if (!guest.passThrough(address, device.json().at())) {
			report.leftOut(device.json().at(), device.path("path") + " = \"" + path + "\"", "no hardware section is known to hold the host device (import the host's libvirt domain with it)");
		}
	}

	// what every device config may say: behind the IOMMU
	private static void common(JsonMembers json, VirtioDevice device) throws ImportException {
		device.setBehindIommu(json.bool("iommu", false));
	}

	private static void queues(JsonMembers json, VirtioDevice device) throws ImportException {
		Long count = json.integer("num_queues", 1, 1024);
		Long size = json.integer("queue_size", 1, 32768);
		if (count != null || size != null) {
			QueueConfig queues = AVP.createQueueConfig();
			if (count != null) {
				queues.setCount(count.intValue());
			}
			if (size != null) {
				queues.setSize(size.intValue());
			}
			device.getQueues().add(queues);
		}
	}

	private static VhostUserBackend vhostUser(String socket) {
		VhostUserBackend backend = AVP.createVhostUserBackend();
		backend.setSocket(socket);
		return backend;
	}

	private static void checkEnum(JsonMembers json, String member, String value, List<String> allowed) throws ImportException {
		if (!allowed.contains(value)) {
			throw new ImportException(json.get(member).at().exact() + ": '" + json.path(member) + "' is \"" + value + "\"; Cloud Hypervisor takes one of " + allowed);
		}
	}
}
