// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;

/**
 * What {@code crosvm run} takes: its options (those that take a value and the switches that do not), the one-letter
 * forms, and the {@code key=value,key=value} lists many options hold. The names are crosvm's run options as of its
 * 2026 sources, with older spellings scripts still carry ({@code --rwdisk}, {@code --vhost-user-blk}, ...).
 */
public final class CrosvmOptions {

	/** One {@code key=value} (or bare {@code key}, value null) of an option's list, with where it starts. */
	public record KeyValue(String key, String value, SourcePosition at) {
	}

	/** Options that take no value. */
	public static final Set<String> SWITCHES = Set.of("balloon-page-reporting", "balloon-ws-reporting", "boost-uclamp",
			"break-linux-pci-config-io", "delay-rt", "disable-sandbox", "disable-virtio-intx", "display-window-keyboard", "display-window-mouse",
			"enable-fw-cfg", "enable-hwp", "exit-stats", "force-calibrated-tsc-leaf", "force-disable-readonly-mem", "host-cpu-topology",
			"hugepages", "itmt", "lock-guest-memory", "mte", "no-balloon", "no-i8042", "no-pmu", "no-rng", "no-rtc", "no-smt", "no-usb",
			"per-vm-core-scheduling", "protected-vm", "protected-vm-without-firmware", "pvclock", "s2idle", "seccomp-log-failures",
			"simple-media-device", "smccc-trng", "split-irqchip", "suspended", "suspended-vcpus", "unmap-guest-memory-on-fork",
			"vfio-isolate-hotplug", "vfio-platform-pm", "vhost-net", "vhost-scmi", "virt-cpufreq", "virt-cpufreq-upstream", "vtpm-proxy",
			"software-tpm", "no-legacy");

	/** Options that take a value. */
	public static final Set<String> VALUED = Set.of("acpi-table", "android-display-service", "android-fstab", "async-executor",
			"balloon-bias-mib", "balloon-control", "balloon-ws-num-bins", "battery", "bios", "block", "bus-lock-ratelimit", "cid", "coiommu",
			"core-scheduling", "cpu-affinity", "cpu-capacity", "cpu-cluster", "cpu-frequencies-khz", "cpu-ipc-ratio", "cpus", "crash-pipe-name",
			"dev-pm", "device-tree-overlay", "disk", "dmi", "dump-device-tree-blob", "dynamic-power-coefficient", "evdev", "fdt-position", "ffa",
			"file-backed-mapping", "fw-cfg", "gdb", "gpu", "gpu-cgroup-path", "gpu-display", "gpu-render-server", "gpu-server-cgroup-path",
			"host-guid", "host-ip", "hypervisor", "init-mem", "initrd", "input", "irqchip", "kernel", "kernel-log-file", "keyboard", "kvm-device",
			"log-file", "logs-directory", "mac", "media-decoder", "mem", "mmio-address-range", "mouse", "multi-touch", "name", "nested", "net",
			"net-vq-pairs", "netmask", "oem-strings", "params", "pci", "pci-hotplug-slots", "pci-start", "pflash", "pivot-root", "pmem",
			"pmem-device", "pmem-ext2", "process-invariants-handle", "process-invariants-size", "product-channel", "product-name",
			"product-version", "protected-vm-with-firmware", "pstore", "restore", "root", "rotary", "rt-cpus", "rw-pmem-device", "rwdisk",
			"rwroot", "scsi-block", "seccomp-policy-dir", "serial", "service-pipe-name", "shared-dir", "single-touch", "slirp-capture-file",
			"smbios", "socket", "sound", "stub-pci-device", "swap", "swiotlb", "switches", "syslog-tag", "tap-fd", "tap-name", "task-profiles",
			"trackpad", "unprotected-vm-with-firmware", "v4l2-proxy", "vcpu-cgroup-path", "vfio", "vfio-platform", "vhost-net-device",
			"vhost-user", "vhost-user-connect-timeout-ms", "vhost-vsock-device", "vhost-vsock-fd", "video-decoder", "video-encoder", "virtio-snd",
			"vsock", "wayland-sock", "x-display", "vhost-user-blk", "vhost-user-net", "vhost-user-fs", "vhost-user-console", "vhost-user-snd",
			"vhost-user-gpu", "vhost-user-vsock", "vhost-user-wl", "vhost-user-mac80211-hwsim", "vhost-user-video-decoder", "qcow", "rwqcow",
			"ac97", "cras-snd", "pcie-root-port", "direct-mmio", "direct-pmio", "direct-level-irq", "direct-edge-irq", "direct-gpe",
			"direct-fixed-event", "userspace-msr", "plugin", "plugin-root", "plugin-mount", "plugin-mount-file", "plugin-gid-map",
			"plugin-gid-map-file", "balloon_bias_mib", "cfg");

	/** The one-letter forms. */
	public static final Map<Character, String> SHORT = Map.of('b', "block", 'c', "cpus", 'd', "disk", 'i', "initrd", 'm', "mem", 'p', "params",
			'r', "root", 's', "socket");

	/** crosvm's own options, given before the {@code run} subcommand; those named here take a value. */
	public static final Set<String> GLOBAL_VALUED = Set.of("log-level", "syslog-tag");

	private CrosvmOptions() {
	}

	/** True when {@code name} (without dashes) is a {@code crosvm run} option. */
	public static boolean known(String name) {
		return SWITCHES.contains(name) || VALUED.contains(name);
	}

	/**
	 * The comma separated items of {@code text} (starting at {@code at}): {@code key=value} or a bare {@code key};
	 * commas inside {@code [...]} or double quotes do not split, and a double-quoted value loses its quotes.
	 */
	public static List<KeyValue> keyValues(String text, SourcePosition at) throws ImportException {
		List<KeyValue> items = new ArrayList<>();
		int start = 0;
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i <= text.length(); i++) {
			char c = i < text.length() ? text.charAt(i) : ',';
			if (c == '"') {
				quoted = !quoted;
			} else if (!quoted && c == '[') {
				depth++;
			} else if (!quoted && c == ']') {
				depth--;
				if (depth < 0) {
					throw new ImportException(shift(at, i).exact() + ": ']' without '[' in '" + text + "'");
				}
			} else if (!quoted && depth == 0 && c == ',') {
				String item = text.substring(start, i);
				if (!item.isEmpty()) {
					int eq = item.indexOf('=');
					String key = eq < 0 ? item : item.substring(0, eq);
					String value = eq < 0 ? null : unquote(item.substring(eq + 1));
					items.add(new KeyValue(key.strip(), value, shift(at, start)));
				}
				start = i + 1;
			}
		}
		if (quoted) {
			throw new ImportException(at.exact() + ": unclosed '\"' in '" + text + "'");
		}
		if (depth > 0) {
			throw new ImportException(at.exact() + ": unclosed '[' in '" + text + "'");
		}
		return items;
	}

	/** The place {@code offset} characters into a word that starts at {@code at} (on one line). */
	public static SourcePosition shift(SourcePosition at, int offset) {
		return new SourcePosition(at.file(), at.line(), at.column() + offset);
	}

	private static String unquote(String value) {
		return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"") ? value.substring(1, value.length() - 1) : value;
	}
}
