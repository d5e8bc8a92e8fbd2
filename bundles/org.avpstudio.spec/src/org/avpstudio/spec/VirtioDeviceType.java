// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * VIRTIO device types with their device ids and device-specific feature bits (VIRTIO 1.1/1.2). Used for
 * content assist, for checking feature names, for guest-side checks ({@code /sys/bus/virtio/devices/}
 * reports the id) and for PCI ids (modern devices are 0x1040 + id).
 */
public enum VirtioDeviceType {
	NET(1, "virtio-net", "VIRTIO_NET_F_CSUM=0 VIRTIO_NET_F_GUEST_CSUM=1 VIRTIO_NET_F_CTRL_GUEST_OFFLOADS=2 VIRTIO_NET_F_MTU=3 VIRTIO_NET_F_MAC=5 VIRTIO_NET_F_GUEST_TSO4=7 VIRTIO_NET_F_GUEST_TSO6=8 VIRTIO_NET_F_GUEST_ECN=9 VIRTIO_NET_F_GUEST_UFO=10 VIRTIO_NET_F_HOST_TSO4=11 VIRTIO_NET_F_HOST_TSO6=12 VIRTIO_NET_F_HOST_ECN=13 VIRTIO_NET_F_HOST_UFO=14 VIRTIO_NET_F_MRG_RXBUF=15 VIRTIO_NET_F_STATUS=16 VIRTIO_NET_F_CTRL_VQ=17 VIRTIO_NET_F_CTRL_RX=18 VIRTIO_NET_F_CTRL_VLAN=19 VIRTIO_NET_F_GUEST_ANNOUNCE=21 VIRTIO_NET_F_MQ=22 VIRTIO_NET_F_CTRL_MAC_ADDR=23 VIRTIO_NET_F_RSC_EXT=61 VIRTIO_NET_F_STANDBY=62"),
	BLOCK(2, "virtio-blk", "VIRTIO_BLK_F_SIZE_MAX=1 VIRTIO_BLK_F_SEG_MAX=2 VIRTIO_BLK_F_GEOMETRY=4 VIRTIO_BLK_F_RO=5 VIRTIO_BLK_F_BLK_SIZE=6 VIRTIO_BLK_F_FLUSH=9 VIRTIO_BLK_F_TOPOLOGY=10 VIRTIO_BLK_F_CONFIG_WCE=11 VIRTIO_BLK_F_MQ=12 VIRTIO_BLK_F_DISCARD=13 VIRTIO_BLK_F_WRITE_ZEROES=14 VIRTIO_BLK_F_LIFETIME=15 VIRTIO_BLK_F_SECURE_ERASE=16"),
	CONSOLE(3, "virtio-console", "VIRTIO_CONSOLE_F_SIZE=0 VIRTIO_CONSOLE_F_MULTIPORT=1 VIRTIO_CONSOLE_F_EMERG_WRITE=2"),
	ENTROPY(4, "virtio-rng", ""),
	BALLOON(5, "virtio-balloon", "VIRTIO_BALLOON_F_MUST_TELL_HOST=0 VIRTIO_BALLOON_F_STATS_VQ=1 VIRTIO_BALLOON_F_DEFLATE_ON_OOM=2 VIRTIO_BALLOON_F_FREE_PAGE_HINT=3 VIRTIO_BALLOON_F_PAGE_POISON=4 VIRTIO_BALLOON_F_PAGE_REPORTING=5"),
	NINE_P(9, "virtio-9p", "VIRTIO_9P_MOUNT_TAG=0"),
	WLAN(10, "virtio-mac80211", ""),
	GPU(16, "virtio-gpu", "VIRTIO_GPU_F_VIRGL=0 VIRTIO_GPU_F_EDID=1 VIRTIO_GPU_F_RESOURCE_UUID=2 VIRTIO_GPU_F_RESOURCE_BLOB=3 VIRTIO_GPU_F_CONTEXT_INIT=4"),
	CLOCK(17, "virtio-rtc", ""),
	INPUT(18, "virtio-input", ""),
	VSOCK(19, "virtio-vsock", "VIRTIO_VSOCK_F_STREAM=0 VIRTIO_VSOCK_F_SEQPACKET=1"),
	CRYPTO(20, "virtio-crypto", "VIRTIO_CRYPTO_F_REVISION_1=0 VIRTIO_CRYPTO_F_CIPHER_STATELESS_MODE=1 VIRTIO_CRYPTO_F_HASH_STATELESS_MODE=2 VIRTIO_CRYPTO_F_MAC_STATELESS_MODE=3 VIRTIO_CRYPTO_F_AEAD_STATELESS_MODE=4"),
	IOMMU(23, "virtio-iommu", "VIRTIO_IOMMU_F_INPUT_RANGE=0 VIRTIO_IOMMU_F_DOMAIN_RANGE=1 VIRTIO_IOMMU_F_MAP_UNMAP=2 VIRTIO_IOMMU_F_BYPASS=3 VIRTIO_IOMMU_F_PROBE=4 VIRTIO_IOMMU_F_MMIO=5 VIRTIO_IOMMU_F_BYPASS_CONFIG=6"),
	MEMORY(24, "virtio-mem", "VIRTIO_MEM_F_ACPI_PXM=0 VIRTIO_MEM_F_UNPLUGGED_INACCESSIBLE=1"),
	SOUND(25, "virtio-snd", ""),
	FS(26, "virtio-fs", "VIRTIO_FS_F_NOTIFICATION=0"),
	PMEM(27, "virtio-pmem", "VIRTIO_PMEM_F_SHMEM_REGION=0"),
	RPMB(28, "virtio-rpmb", ""),
	VIDEO_ENCODER(30, "virtio-video-encoder", ""),
	VIDEO_DECODER(31, "virtio-video-decoder", ""),
	SCMI(32, "virtio-scmi", "VIRTIO_SCMI_F_P2A_CHANNELS=0 VIRTIO_SCMI_F_SHARED_MEMORY=1"),
	I2C(34, "virtio-i2c", "VIRTIO_I2C_F_ZERO_LENGTH_REQUEST=0"),
	WATCHDOG(35, "virtio-watchdog", ""),
	CAN(36, "virtio-can", ""),
	GPIO(41, "virtio-gpio", "VIRTIO_GPIO_F_IRQ=0"),
	CAMERA(43, "virtio-camera", ""),
	TEE(46, "virtio-tee", "");

	/** Feature bits every device type may offer (VIRTIO 1.1 §6 and 1.2). */
	public static final Map<String, Integer> GENERIC_FEATURES = parse("VIRTIO_F_RING_INDIRECT_DESC=28 VIRTIO_F_RING_EVENT_IDX=29 VIRTIO_F_VERSION_1=32 VIRTIO_F_ACCESS_PLATFORM=33 VIRTIO_F_RING_PACKED=34 VIRTIO_F_IN_ORDER=35 VIRTIO_F_ORDER_PLATFORM=36 VIRTIO_F_SR_IOV=37 VIRTIO_F_NOTIFICATION_DATA=38");

	private final int id;
	private final String canonicalName;
	private final Map<String, Integer> features;

	VirtioDeviceType(int id, String canonicalName, String features) {
		this.id = id;
		this.canonicalName = canonicalName;
		this.features = parse(features);
	}

	public int id() {
		return id;
	}

	/** e.g. {@code 0x0002}, as Linux shows it in {@code /sys/bus/virtio/devices/virtio0/device}. */
	public String sysfsId() {
		return String.format("0x%04x", id);
	}

	/** PCI device id of the modern (non-transitional) virtio-pci device. */
	public int modernPciDeviceId() {
		return 0x1040 + id;
	}

	public String canonicalName() {
		return canonicalName;
	}

	/** Device-specific feature bits by name. */
	public Map<String, Integer> deviceFeatures() {
		return features;
	}

	/** Names valid for this device type: its own and the generic ones. */
	public List<String> validFeatureNames() {
		List<String> names = new ArrayList<>(features.keySet());
		names.addAll(GENERIC_FEATURES.keySet());
		return names;
	}

	/** The bit number of a feature name valid for this device, if it is one. */
	public Optional<Integer> featureBit(String name) {
		Integer bit = features.get(name);
		return Optional.ofNullable(bit != null ? bit : GENERIC_FEATURES.get(name));
	}

	public static Optional<VirtioDeviceType> byId(int id) {
		for (VirtioDeviceType type : values()) {
			if (type.id == id) {
				return Optional.of(type);
			}
		}
		return Optional.empty();
	}

	private static Map<String, Integer> parse(String spec) {
		Map<String, Integer> map = new LinkedHashMap<>();
		for (String pair : spec.split(" ")) {
			if (!pair.isEmpty()) {
				String[] parts = pair.split("=");
				map.put(parts[0], Integer.valueOf(parts[1]));
			}
		}
		return Collections.unmodifiableMap(map);
	}
}
