// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.avpstudio.importer.internal.ShellWords;

/**
 * A {@code cloud-hypervisor} command line (what the Cloud Hypervisor target writes) read back as the VmConfig JSON the
 * command line stands for, as Cloud Hypervisor's own option parser turns options into its VmConfig: each option must be
 * one of Cloud Hypervisor's and each key one that option takes (else the test fails), values become the member's JSON
 * type ({@code on}/{@code true} booleans, sizes with K/M/G suffixes in bytes), and the members Cloud Hypervisor fills in
 * with defaults (max_vcpus, a virtio-fs device's queues) are filled in the same way.
 */
final class CloudHypervisorCommandLine {

	// option → (command-line key → VmConfig member); null: the option takes a single value, not a key list
	private static final Map<String, Map<String, String>> OPTIONS = Map.ofEntries(
			Map.entry("--cpus", keys("boot=boot_vcpus", "max=max_vcpus", "affinity=affinity", "kvm_hyperv=kvm_hyperv", "max_phys_bits=max_phys_bits")),
			Map.entry("--memory", keys("size=size", "shared=shared", "hugepages=hugepages", "hugepage_size=hugepage_size", "mergeable=mergeable")),
			Map.entry("--disk", keys("path=path", "readonly=readonly", "direct=direct", "iommu=iommu", "num_queues=num_queues", "queue_size=queue_size",
					"vhost_user=vhost_user", "socket=vhost_socket", "id=id", "serial=serial", "image_type=image_type")),
			Map.entry("--net", keys("tap=tap", "ip=ip", "mask=mask", "mac=mac", "host_mac=host_mac", "mtu=mtu", "iommu=iommu", "num_queues=num_queues",
					"queue_size=queue_size", "vhost_user=vhost_user", "socket=vhost_socket", "vhost_mode=vhost_mode", "id=id")),
			Map.entry("--rng", keys("src=src", "iommu=iommu")),
			Map.entry("--balloon", keys("size=size", "deflate_on_oom=deflate_on_oom", "free_page_reporting=free_page_reporting")),
			Map.entry("--fs", keys("tag=tag", "socket=socket", "num_queues=num_queues", "queue_size=queue_size", "id=id")),
			Map.entry("--vsock", keys("cid=cid", "socket=socket", "iommu=iommu", "id=id")),
			Map.entry("--device", keys("path=path", "iommu=iommu", "id=id")));
	private static final Set<String> PAYLOAD = Set.of("--kernel", "--initramfs", "--cmdline", "--firmware");
	private static final Set<String> INTEGERS = Set.of("boot_vcpus", "max_vcpus", "size", "num_queues", "queue_size", "cid", "mtu", "hugepage_size", "max_phys_bits");
	private static final Set<String> BOOLEANS = Set.of("shared", "hugepages", "mergeable", "readonly", "direct", "iommu", "vhost_user", "kvm_hyperv",
			"deflate_on_oom", "free_page_reporting");

	private CloudHypervisorCommandLine() {
	}

	private static Map<String, String> keys(String... pairs) {
		Map<String, String> keys = new LinkedHashMap<>();
		for (String pair : pairs) {
			keys.put(pair.substring(0, pair.indexOf('=')), pair.substring(pair.indexOf('=') + 1));
		}
		return keys;
	}

	/** The VmConfig JSON of the one {@code cloud-hypervisor} command of {@code script}. */
	static String vmConfig(Path script) throws Exception {
		List<List<ShellWords.Word>> commands = ShellWords.commands(script, Files.readString(script));
		List<ShellWords.Word> words = commands.stream().filter(c -> c.stream().anyMatch(w -> w.text().equals("cloud-hypervisor"))).findFirst().orElseThrow();
		int start = 0;
		while (!words.get(start).text().equals("cloud-hypervisor")) {
			start++;
		}
		Map<String, String> config = new LinkedHashMap<>();
		Map<String, String> payload = new LinkedHashMap<>();
		Map<String, List<String>> arrays = new LinkedHashMap<>();
		for (int i = start + 1; i < words.size(); i++) {
			String option = words.get(i).text();
			if (option.equals("--watchdog")) {
				config.put("watchdog", "true");
			} else if (option.equals("--console") || option.equals("--serial")) {
				String mode = words.get(++i).text();
				assertTrue(option + " " + mode, Set.of("off", "pty", "tty", "null").contains(mode));
				config.put(option.substring(2), "{\"mode\": \"" + Character.toUpperCase(mode.charAt(0)) + mode.substring(1) + "\"}");
			} else if (PAYLOAD.contains(option)) {
				payload.put(option.equals("--initramfs") ? "initramfs" : option.substring(2), string(words.get(++i).text()));
			} else if (OPTIONS.containsKey(option)) {
				String object = object(option, words.get(++i).text());
				switch (option) {
				case "--disk" -> arrays.computeIfAbsent("disks", k -> new ArrayList<>()).add(object);
				case "--net" -> arrays.computeIfAbsent("net", k -> new ArrayList<>()).add(object);
				case "--fs" -> arrays.computeIfAbsent("fs", k -> new ArrayList<>()).add(object);
				case "--device" -> arrays.computeIfAbsent("devices", k -> new ArrayList<>()).add(object);
				default -> config.put(option.substring(2), object);
				}
			} else {
				fail("'" + option + "' is not a Cloud Hypervisor option the test knows (" + script + ")");
			}
		}
		StringBuilder json = new StringBuilder("{\n  \"payload\": {");
		json.append(String.join(", ", payload.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList())).append("}");
		config.forEach((k, v) -> json.append(",\n  \"").append(k).append("\": ").append(v));
		arrays.forEach((k, v) -> json.append(",\n  \"").append(k).append("\": [").append(String.join(", ", v)).append("]"));
		return json.append("\n}\n").toString();
	}

	private static String object(String option, String list) {
		Map<String, String> members = new LinkedHashMap<>();
		for (String item : split(list)) {
			int eq = item.indexOf('=');
			assertTrue(option + " " + list + ": '" + item + "' is not key=value", eq > 0);
			String key = item.substring(0, eq);
			String member = OPTIONS.get(option).get(key);
			assertTrue(option + " takes no key '" + key + "' (" + list + ")", member != null);
			members.put(member, value(member, item.substring(eq + 1)));
		}
		if (option.equals("--cpus")) {
			members.putIfAbsent("max_vcpus", members.get("boot_vcpus"));
		}
		if (option.equals("--fs")) {
			members.putIfAbsent("num_queues", "1");
			members.putIfAbsent("queue_size", "1024");
		}
		return "{" + String.join(", ", members.entrySet().stream().map(e -> "\"" + e.getKey() + "\": " + e.getValue()).toList()) + "}";
	}

	private static String value(String member, String text) {
		if (member.equals("affinity")) {
			// [0@[4],1@[5]] → [{"vcpu": 0, "host_cpus": [4]}, ...]
			assertTrue(text, text.startsWith("[") && text.endsWith("]"));
			List<String> entries = new ArrayList<>();
			for (String entry : split(text.substring(1, text.length() - 1))) {
				String[] parts = entry.split("@", 2);
				entries.add("{\"vcpu\": " + Integer.parseInt(parts[0]) + ", \"host_cpus\": " + parts[1] + "}");
			}
			return "[" + String.join(", ", entries) + "]";
		}
		if (BOOLEANS.contains(member)) {
			assertTrue(member + "=" + text, Set.of("on", "off", "true", "false").contains(text));
			return String.valueOf(text.equals("on") || text.equals("true"));
		}
		if (INTEGERS.contains(member)) {
			long factor = text.endsWith("K") ? 1L << 10 : text.endsWith("M") ? 1L << 20 : text.endsWith("G") ? 1L << 30 : 1;
			return String.valueOf(Long.parseLong(factor == 1 ? text : text.substring(0, text.length() - 1)) * factor);
		}
		return string(text);
	}

	// commas inside [...] do not split
	private static List<String> split(String list) {
		List<String> items = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i <= list.length(); i++) {
			char c = i < list.length() ? list.charAt(i) : ',';
			depth += c == '[' ? 1 : c == ']' ? -1 : 0;
			if (c == ',' && depth == 0) {
				items.add(list.substring(start, i));
				start = i + 1;
			}
		}
		assertEquals(list, 0, depth);
		return items;
	}

	private static String string(String text) {
		StringBuilder json = new StringBuilder("\"");
		for (char c : text.toCharArray()) {
			switch (c) {
			case '"' -> json.append("\\\"");
			case '\\' -> json.append("\\\\");
			default -> {
				if (c < 0x20) {
					json.append(String.format("\\u%04x", (int) c));
				} else {
					json.append(c);
				}
			}
			}
		}
		return json.append('"').toString();
	}
}
