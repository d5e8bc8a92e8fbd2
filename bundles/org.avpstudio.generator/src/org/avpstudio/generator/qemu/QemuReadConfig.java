// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.qemu;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Json;
import org.avpstudio.generator.qemu.QemuCommand.QemuOption;
import org.avpstudio.model.VirtualMachine;

/**
 * Renders a VM's QEMU options as a {@code -readconfig} file: [machine], [memory], [smp-opts], [drive], [device],
 * [netdev], [object], [chardev] and [fsdev] sections. QEMU's config syntax has no escapes, so a value with a
 * double quote or a control character is left out with a finding. Options without a section (-cpu, -name,
 * -nodefaults, -display, -action) are listed in the header to be given on the command line.
 */
final class QemuReadConfig {

	private final StringBuilder out = new StringBuilder();
	private final VirtualMachine vm;
	private final GenerationContext context;

	QemuReadConfig(VirtualMachine vm, GenerationContext context) {
		this.vm = vm;
		this.context = context;
	}

	String render(String binary, List<QemuOption> options) {
		StringBuilder commandLineOnly = new StringBuilder();
		Map<String, String> machine = new LinkedHashMap<>();
		StringBuilder body = new StringBuilder();
		for (QemuOption option : options) {
			switch (option.name()) {
			case "-machine" -> {
				String[] parts = option.text().split(",");
				machine.put("type", parts[0]);
				for (int i = 1; i < parts.length; i++) {
					String[] kv = parts[i].split("=", 2);
					machine.put(kv[0], kv[1]);
				}
			}
			case "-kernel", "-initrd", "-append", "-dtb" -> machine.put(option.name().substring(1), option.text());
			case "-m" -> section(body, "memory", null, Map.of("size", option.text()));
			case "-smp" -> section(body, "smp-opts", null, Map.of("cpus", option.text()));
			case "-blockdev" -> drive(body, option.json());
			case "-device", "-netdev", "-object" -> jsonSection(body, option);
			case "-chardev", "-fsdev" -> keyValueSection(body, option);
			default -> commandLineOnly.append(' ').append(option.name()).append(option.text() == null ? "" : " " + option.text());
			}
		}
		out.append("# ").append(context.header()).append('\n');
		out.append("# Start with: ").append(binary).append(" -readconfig <this file>").append(commandLineOnly).append('\n');
		section(out, "machine", null, machine);
		out.append(body);
		return out.toString();
	}

	private void drive(StringBuilder body, Json blockdev) {
		Map<String, Object> m = blockdev.members();
		Json file = (Json) m.get("file");
		Map<String, Object> drive = new LinkedHashMap<>();
		drive.put("file", file.members().get("filename"));
		drive.put("format", m.get("driver"));
		drive.put("if", "none");
		drive.put("readonly", Boolean.TRUE.equals(m.get("read-only")) ? "on" : "off");
		section(body, "drive", (String) m.get("node-name"), drive);
	}

	private void jsonSection(StringBuilder body, QemuOption option) {
		Map<String, Object> m = new LinkedHashMap<>(option.json().members());
		String id = String.valueOf(m.remove("id"));
		section(body, option.name().substring(1), id, m);
	}

	private void keyValueSection(StringBuilder body, QemuOption option) {
		// "pty,id=x" or "local,id=x,path=..." with ',,' for a literal comma
		String[] parts = option.text().replace(",,", "\u0000").split(",");
		Map<String, Object> m = new LinkedHashMap<>();
		m.put(option.name().equals("-chardev") ? "backend" : "fsdriver", parts[0]);
		String id = null;
		for (int i = 1; i < parts.length; i++) {
			String[] kv = parts[i].replace('\u0000', ',').split("=", 2);
			if (kv[0].equals("id")) {
				id = kv[1];
			} else {
				m.put(kv[0], kv.length > 1 ? kv[1] : "on");
			}
		}
		section(body, option.name().substring(1), id, m);
	}

	private void section(StringBuilder target, String name, String id, Map<String, ?> values) {
		StringBuilder section = new StringBuilder("\n[").append(name).append(id == null ? "" : " \"" + id + "\"").append("]\n");
		for (Map.Entry<String, ?> e : values.entrySet()) {
			String value = String.valueOf(e.getValue() instanceof Boolean b ? (b ? "on" : "off") : e.getValue());
			if (value.chars().anyMatch(c -> c == '"' || c < 0x20)) {
				context.unsupported(QemuCommand.TARGET, vm, "-readconfig: " + name + " " + e.getKey() + " " + Json.quote(value)
						+ " has a double quote or control character, which the config file cannot hold; the section is left out (use the .args file)");
				return;
			}
			section.append("  ").append(e.getKey()).append(" = \"").append(value).append("\"\n");
		}
		target.append(section);
	}
}
