// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.ShellWords.Word;

/**
 * A QEMU input read into options: a {@code -readconfig} file (one guest) or command lines (a libvirt {@code .args}
 * file, a start script: one guest per {@code qemu-system-*} command). What cannot be an option of a guest (another
 * command of a script, an environment variable, a word the shell would expand) is reported left out here.
 */
final class QemuInput {

	/** One guest's options; {@code program} is the QEMU binary's word (null for a readconfig file). */
	record Guest(SourcePosition start, Word program, List<QemuOption> options) {
	}

	// a readconfig group as the command-line option it stands for
	private static final Map<String, String> GROUPS = Map.of("smp-opts", "smp", "memory", "m", "boot-opts", "boot");
	/** The groups a readconfig file may have (QEMU's QemuOpts lists that -readconfig reads). */
	static final Set<String> READCONFIG_GROUPS = Set.of("drive", "device", "machine", "memory", "smp-opts", "chardev", "netdev", "object", "accel",
			"audiodev", "fsdev", "name", "boot-opts", "global", "numa", "rtc", "spice", "vnc", "mon", "iscsi", "action", "sandbox", "msg",
			"overcommit", "icount", "add-fd", "tpmdev", "fw_cfg", "trace", "option-rom", "incoming", "semihosting-config", "smbios");
	private static final Pattern SECTION = Pattern.compile("\\[\\s*([A-Za-z0-9_-]+)\\s*(?:\"([^\"]*)\")?\\s*\\]\\s*(#.*)?");
	private static final Pattern SETTING = Pattern.compile("([A-Za-z0-9_.-]+)\\s*=\\s*\"([^\"]*)\"\\s*(#.*)?");
	private static final Pattern ENVIRONMENT = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*=.*", Pattern.DOTALL);
	static final Pattern QEMU_PROGRAM = Pattern.compile("(?:.*/)?(qemu-system-([A-Za-z0-9_]+)|qemu-kvm)");
	// options that take no argument (QEMU's qemu-options.hx, those without HAS_ARG)
	private static final Set<String> FLAGS = Set.of("S", "s", "nodefaults", "no-user-config", "no-shutdown", "no-reboot", "enable-kvm",
			"nographic", "snapshot", "daemonize", "no-hpet", "no-acpi", "full-screen", "only-migratable", "enable-fips", "usb", "preconfig",
			"no-fd-bootchk", "no-quit", "win2k-hack", "rtc-td-hack", "old-param", "alt-grab", "ctrl-grab", "version", "help", "h",
			"enable-sync-profile", "perfmap", "jitdump");
	// key=value options a mapping reads, with the key of their first, unnamed part
	private static final Map<String, String> KEY_VALUE = Map.ofEntries(Map.entry("device", "driver"), Map.entry("netdev", "type"),
			Map.entry("nic", "type"), Map.entry("chardev", "backend"), Map.entry("fsdev", "fsdriver"), Map.entry("virtfs", "fsdriver"),
			Map.entry("object", "qom-type"), Map.entry("machine", "type"), Map.entry("accel", "accel"), Map.entry("m", "size"),
			Map.entry("smp", "cpus"), Map.entry("name", "guest"), Map.entry("drive", ""), Map.entry("blockdev", ""), Map.entry("action", ""),
			Map.entry("cpu", "model"), Map.entry("audiodev", "driver"));
	private static final Set<String> JSON = Set.of("device", "blockdev", "netdev", "object", "audiodev");

	private QemuInput() {
	}

	/** True when {@code content} is a readconfig file: its first line that is not blank or a comment opens a known group. */
	static boolean isReadConfig(String content) {
		for (String line : content.split("\n", -1)) {
			String t = line.strip();
			if (t.isEmpty() || t.startsWith("#")) {
				continue;
			}
			Matcher m = SECTION.matcher(t);
			return m.matches() && READCONFIG_GROUPS.contains(m.group(1));
		}
		return false;
	}

	static List<Guest> read(Path file, String content, ImportReport report) throws ImportException {
		return isReadConfig(content) ? List.of(readConfig(file, content)) : commandLines(file, content, report);
	}

	/** QEMU's config syntax: {@code [group]} or {@code [group "id"]}, then {@code key = "value"} lines; no escapes. */
	private static Guest readConfig(Path file, String content) throws ImportException {
		List<QemuOption> options = new ArrayList<>();
		QemuOption section = null;
		String[] lines = content.split("\n", -1);
		for (int n = 0; n < lines.length; n++) {
			String line = lines[n].endsWith("\r") ? lines[n].substring(0, lines[n].length() - 1) : lines[n];
			String t = line.strip();
			int column = line.indexOf(t.isEmpty() ? "" : t.substring(0, 1)) + 1;
			SourcePosition at = new SourcePosition(file, n + 1, column);
			if (t.isEmpty() || t.startsWith("#")) {
				continue;
			}
			Matcher header = SECTION.matcher(t);
			Matcher setting = SETTING.matcher(t);
			if (header.matches()) {
				String group = header.group(1);
				section = new QemuOption(GROUPS.getOrDefault(group, group), t.replaceAll("\\s*#.*", ""), at);
				section.keyPrefix = section.source + " ";
				if (header.group(2) != null) {
					section.put("id", header.group(2), at);
				}
				options.add(section);
			} else if (setting.matches()) {
				if (section == null) {
					throw new ImportException(at.exact() + ": '" + setting.group(1) + "' before any [group]; a setting belongs to a section such as [device \"id\"]");
				}
				section.put(setting.group(1), setting.group(2), at);
			} else if (t.startsWith("[")) {
				throw new ImportException(at.exact() + ": malformed section header; write [group] or [group \"id\"]");
			} else {
				int eq = t.indexOf('=');
				String why = eq < 0 ? "'=' expected" : t.substring(eq + 1).strip().startsWith("\"") ? "the value's closing '\"' expected (values hold no '\"')"
						: "a value in double quotes expected";
				throw new ImportException(at.exact() + ": " + why + "; write key = \"value\"");
			}
		}
		for (QemuOption option : options) {
			required(option, "device", "driver", "driver = \"virtio-net-pci\" in the section");
			required(option, "netdev", "type", "type = \"user\" in the section");
			required(option, "object", "qom-type", "qom-type = \"rng-random\" in the section");
		}
		return new Guest(new SourcePosition(file, 1, 1), null, options);
	}

	/** The QEMU commands of a script or an argument file; every other command is reported left out. */
	private static List<Guest> commandLines(Path file, String content, ImportReport report) throws ImportException {
		List<Guest> guests = new ArrayList<>();
		for (List<Word> command : ShellWords.commands(file, content)) {
			int program = 0;
			while (program < command.size() && (ENVIRONMENT.matcher(command.get(program).text()).matches() || command.get(program).text().equals("exec"))) {
				program++;
			}
			if (program == command.size() || !QEMU_PROGRAM.matcher(command.get(program).text()).matches()) {
				Word first = command.get(0);
				report.leftOut(first.at(), String.join(" ", command.stream().limit(4).map(Word::text).toList()) + (command.size() > 4 ? " ..." : ""),
						"not a QEMU command; only the qemu-system-* command of a script is imported");
				continue;
			}
			for (int i = 0; i < program; i++) {
				Word w = command.get(i);
				if (!w.text().equals("exec")) {
					report.leftOut(w.at(), w.text(), "an environment variable of the QEMU process; no place in the AVP model");
				}
			}
			guests.add(new Guest(command.get(program).at(), command.get(program), options(file, content, command.subList(program + 1, command.size()), report)));
		}
		return guests;
	}

	private static List<QemuOption> options(Path file, String content, List<Word> words, ImportReport report) throws ImportException {
		List<QemuOption> options = new ArrayList<>();
		for (int i = 0; i < words.size(); i++) {
			Word word = words.get(i);
			if (!word.text().startsWith("-") || word.text().equals("-")) {
				report.leftOut(word.at(), word.text().isBlank() ? "'" + word.text() + "'" : word.text(), word.expands() ? "the shell expands it; its value is not known here"
						: "a disk image without an option (QEMU's -hda): not a VIRTIO disk");
				continue;
			}
			String name = word.text().replaceFirst("^--?", "");
			if (name.equals("M")) {
				name = "machine";
			}
			if (FLAGS.contains(name)) {
				QemuOption flag = new QemuOption(name, word.text(), word.at());
				options.add(flag);
				continue;
			}
			if (i + 1 == words.size()) {
				throw new ImportException(word.at().exact() + ": " + word.text() + " needs an argument; none follows");
			}
			Word argument = words.get(++i);
			if (word.expands() || argument.expands()) {
				report.leftOut(word.at(), word.text() + " " + argument.text(), "the shell expands it; its value is not known here");
				continue;
			}
			options.add(option(name, word, argument, inside(content, argument)));
		}
		return options;
	}

	private static QemuOption option(String name, Word word, Word argument, SourcePosition at) throws ImportException {
		String text = argument.text();
		QemuOption option;
		if (JSON.contains(name) && text.stripLeading().startsWith("{")) {
			option = QemuOption.json(name, word.text() + " " + text, Json.parse(at, text));
		} else if (KEY_VALUE.containsKey(name)) {
			String implied = KEY_VALUE.get(name);
			option = QemuOption.keyValue(name, text, at, implied.isEmpty() ? null : implied);
		} else {
			option = new QemuOption(name, word.text() + " " + text, word.at());
			option.put("", text, at);
		}
		required(option, "device", "driver", "-device virtio-net-pci,netdev=... or -device '{\"driver\":...}'");
		required(option, "netdev", "type", "-netdev user,id=... or -netdev '{\"type\":...}'");
		required(option, "object", "qom-type", "-object rng-random,id=... or -object '{\"qom-type\":...}'");
		required(option, "chardev", "backend", "-chardev pty,id=...");
		return option;
	}

	private static void required(QemuOption option, String name, String key, String example) throws ImportException {
		if (option.name.equals(name) && (option.peek(key) == null || option.peek(key).isBlank() || option.peek(key).contains("="))) {
			throw new ImportException(option.at.exact() + ": -" + name + " without a " + (key.equals("qom-type") ? "type" : key) + "; write " + example);
		}
	}

	/** Where a word's text starts: after its opening quote when it is quoted. */
	private static SourcePosition inside(String content, Word word) {
		int offset = offset(content, word.at().line(), word.at().column());
		char c = offset >= 0 && offset < content.length() ? content.charAt(offset) : 0;
		return c == '\'' || c == '"' ? new SourcePosition(word.at().file(), word.at().line(), word.at().column() + 1) : word.at();
	}

	private static int offset(String content, int line, int column) {
		int offset = 0;
		for (int l = 1; l < line; l++) {
			offset = content.indexOf('\n', offset) + 1;
			if (offset == 0) {
				return -1;
			}
		}
		return offset + column - 1;
	}
}
