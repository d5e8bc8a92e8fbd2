// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.guestcheck;

import static org.avpstudio.generator.qemu.ShellQuoting.quote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.PerVmTarget;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.model.*;
import org.avpstudio.spec.VirtioDeviceType;
import org.avpstudio.validation.rules.VirtioTypes;

/**
 * Guest-side compliance checks: per VM a POSIX {@code sh} script ({@code guest-check/<vm>.sh}) that runs inside
 * the guest and prints one line per check, {@code AVP-CHECK <requirement id> <PASS|FAIL|SKIP> <check> <detail>}:
 * the VIRTIO devices the model promises (by device id under /sys/bus/virtio/devices, and how many), the feature
 * bits it lists, and the run-time requirements only a guest can show. Model strings appear only inside
 * single-quoted literals: the script never evaluates them. {@code AVP_SYSFS}/{@code AVP_ROOT} point it at another
 * tree for tests.
 */
public class GuestCheckTarget extends PerVmTarget {

	static final String TARGET = "guest-check";

	/** The requirement whose presence check a device type answers. */
	private static final Map<VirtioDeviceType, String> PRESENCE = new LinkedHashMap<>();
	static {
		PRESENCE.put(VirtioDeviceType.BLOCK, "AVPS-2.0-STO-1");
		PRESENCE.put(VirtioDeviceType.NET, "AVPS-2.0-NET-1");
		PRESENCE.put(VirtioDeviceType.CONSOLE, "AVPS-2.0-CONS-1");
		PRESENCE.put(VirtioDeviceType.ENTROPY, "AVPS-2.0-RNG-1");
		PRESENCE.put(VirtioDeviceType.GPU, "AVPS-2.0-GFX-1");
		PRESENCE.put(VirtioDeviceType.INPUT, "AVPS-2.0-SENS-2");
		PRESENCE.put(VirtioDeviceType.VSOCK, "AVPS-2.0-VSOCK-1");
		PRESENCE.put(VirtioDeviceType.SOUND, "AVPS-2.0-AUD-1");
		PRESENCE.put(VirtioDeviceType.IOMMU, "AVPS-2.0-IOMMU-2");
		PRESENCE.put(VirtioDeviceType.CRYPTO, "AVPS-2.0-CRYPTO-1");
		PRESENCE.put(VirtioDeviceType.VIDEO_DECODER, "AVPS-2.0-MEDIA-1");
		PRESENCE.put(VirtioDeviceType.VIDEO_ENCODER, "AVPS-2.0-MEDIA-1");
		PRESENCE.put(VirtioDeviceType.FS, "AVPS-2.0-FS-2");
		PRESENCE.put(VirtioDeviceType.NINE_P, "AVPS-2.0-FS-1");
		PRESENCE.put(VirtioDeviceType.RPMB, "AVPS-2.0-RPMB-1");
		PRESENCE.put(VirtioDeviceType.SCMI, "AVPS-2.0-PM-2");
		PRESENCE.put(VirtioDeviceType.GPIO, "AVPS-2.0-GPIO-1");
		PRESENCE.put(VirtioDeviceType.WATCHDOG, "AVPS-2.0-WDT-1");
	}

	/** Requirements that ask for the device id VIRTIO assigns: answered by the same count of devices with that id. */
	private static final Map<VirtioDeviceType, String> DEVICE_ID = Map.of(VirtioDeviceType.GPU, "AVPS-2.0-GFX-10",
			VirtioDeviceType.IOMMU, "AVPS-2.0-IOMMU-6");

	/** The requirement a listed feature bit stands for, where one does. */
	private static final Map<String, String> FEATURE_REQUIREMENT = Map.of("VIRTIO_F_VERSION_1", "AVPS-2.0-TRANS-2",
			"VIRTIO_BLK_F_FLUSH", "AVPS-2.0-STO-3", "VIRTIO_BLK_F_RO", "AVPS-2.0-STO-4", "VIRTIO_GPU_F_VIRGL", "AVPS-2.0-GFX-4",
			"VIRTIO_GPU_F_EDID", "AVPS-2.0-GFX-3", "VIRTIO_F_ACCESS_PLATFORM", "AVPS-2.0-IOMMU-5", "VIRTIO_NET_F_MAC", "AVPS-2.0-NET-4");

	@Override
	public String name() {
		return TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		StringBuilder s = new StringBuilder("#!/bin/sh\n# ").append(context.header()).append('\n');
		s.append("# Guest-side AVPS checks for VM ").append(quote(vm.getName()).replaceAll("[\\r\\n]", " ")).append(
				": one line per check, AVP-CHECK <requirement> <PASS|FAIL|SKIP> <check> <detail>.\n");
		s.append(PRELUDE);
		s.append("echo 'AVP-CHECK-BEGIN ").append(Names.id(vm.getName())).append("'\n");
		Map<VirtioDeviceType, Integer> counts = new LinkedHashMap<>();
		for (VirtioDevice device : vm.getDevices()) {
			if (device instanceof WatchdogDevice watchdog && watchdog.getModel() != WatchdogModel.VIRTIO) {
				continue; // an emulated watchdog is no VIRTIO device; /dev/watchdog0 is checked below
			}
			VirtioTypes.of(device).filter(PRESENCE::containsKey).ifPresent(t -> counts.merge(t, 1, Integer::sum));
		}
		for (Map.Entry<VirtioDeviceType, Integer> e : counts.entrySet()) {
			VirtioDeviceType type = e.getKey();
			for (String requirement : new String[] { PRESENCE.get(type), DEVICE_ID.get(type) }) {
				if (requirement != null) {
					s.append("avp_devices ").append(quote(requirement)).append(' ').append(quote(type.canonicalName())).append(' ')
							.append(type.sysfsId()).append(' ').append(e.getValue()).append('\n');
				}
			}
		}
		for (VirtioDevice device : vm.getDevices()) {
			VirtioDeviceType type = VirtioTypes.of(device).orElse(null);
			if (type == null) {
				continue;
			}
			for (String feature : device.getFeatures()) {
				String requirement = FEATURE_REQUIREMENT.get(feature);
				Integer bit = type.featureBit(feature).orElse(null);
				if (requirement != null && bit != null) {
					s.append("avp_feature ").append(quote(requirement)).append(' ').append(quote(Names.id(device.getName()))).append(' ')
							.append(type.sysfsId()).append(' ').append(bit).append(' ').append(quote(feature)).append('\n');
				}
			}
		}
		s.append("avp_file 'AVPS-2.0-HWV-3' cpuinfo /proc/cpuinfo\n");
		s.append("avp_net 'AVPS-2.0-NET-2'\n");
		s.append("avp_clocksource 'AVPS-2.0-TIME-1'\n");
		s.append("avp_file 'AVPS-2.0-PM-4' power-states /sys/power/state\n");
		if (architecture == Architecture.AARCH64) {
			s.append("avp_file 'AVPS-2.0-PM-1' psci /proc/device-tree/psci\n");
		}
		if (vm.getBoot() != null && vm.getBoot().getProtocol() == BootProtocol.UEFI) {
			s.append("avp_file 'AVPS-2.0-BOOT-1' efi /sys/firmware/efi\n");
		}
		if (vm.getDevices().stream().anyMatch(WatchdogDevice.class::isInstance)) {
			s.append("avp_file 'AVPS-2.0-WDT-1' watchdog-node /dev/watchdog0\n");
		}
		if (vm.getDevices().stream().anyMatch(TeeDevice.class::isInstance)) {
			s.append("avp_file 'AVPS-2.0-TEE-1' tee-node /dev/tee0\n");
		}
		s.append("echo 'AVP-CHECK-END'\n");
		return List.of(new GeneratedFile("guest-check/" + Names.fileStem(vm) + ".sh", s.toString()));
	}

	private static final String PRELUDE = """
			SYSFS="${AVP_SYSFS:-/sys}"
			ROOT="${AVP_ROOT:-}"
			avp_result() { printf 'AVP-CHECK %s %s %s %s\\n' "$1" "$2" "$3" "$4"; }
			# avp_count HEXID: how many VIRTIO devices with that device id the guest sees
			avp_count() {
				n=0
				for d in "$SYSFS"/bus/virtio/devices/*; do
					[ -r "$d/device" ] && [ "$(cat "$d/device")" = "$1" ] && n=$((n + 1))
				done
				echo "$n"
			}
			# avp_devices REQUIREMENT NAME HEXID EXPECTED
			avp_devices() {
				n=$(avp_count "$3")
				if [ "$n" -ge "$4" ]; then avp_result "$1" PASS "$2" "$n of $4 device(s) with id $3"
				else avp_result "$1" FAIL "$2" "$n of $4 device(s) with id $3"; fi
			}
			# avp_feature REQUIREMENT DEVICE HEXID BIT NAME: some device with that id has negotiated the bit
			avp_feature() {
				for d in "$SYSFS"/bus/virtio/devices/*; do
					[ -r "$d/device" ] && [ "$(cat "$d/device")" = "$3" ] || continue
					bits=$(cat "$d/features" 2>/dev/null)
					if [ "$(printf '%s' "$bits" | cut -c$(($4 + 1)))" = 1 ]; then avp_result "$1" PASS "$2" "$5 (bit $4)"; return; fi
				done
				avp_result "$1" FAIL "$2" "$5 (bit $4) not negotiated"
			}
			avp_file() {
				if [ -e "$ROOT$3" ]; then avp_result "$1" PASS "$2" "$3"; else avp_result "$1" FAIL "$2" "$3 missing"; fi
			}
			avp_net() {
				for i in "$SYSFS"/class/net/*; do
					[ -e "$i" ] && [ "${i##*/}" != lo ] && { avp_result "$1" PASS interface "${i##*/}"; return; }
				done
				avp_result "$1" FAIL interface "no network interface besides lo"
			}
			avp_clocksource() {
				c=$(cat "$SYSFS/devices/system/clocksource/clocksource0/current_clocksource" 2>/dev/null)
				case "$c" in
				arch_sys_counter|kvm-clock|tsc) avp_result "$1" PASS clocksource "$c" ;;
				"") avp_result "$1" SKIP clocksource "not readable" ;;
				*) avp_result "$1" FAIL clocksource "$c" ;;
				esac
			}
			""";
}
