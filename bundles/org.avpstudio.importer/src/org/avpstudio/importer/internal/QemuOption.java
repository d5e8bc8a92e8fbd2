// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;

/**
 * One QEMU option of a command line ({@code -device virtio-net-pci,netdev=n0}, {@code -blockdev {"driver":...}}) or
 * one section of a {@code -readconfig} file ({@code [drive "disk"]}): its properties, each with the place it stands,
 * and a record of which a mapping read, so that whatever stays unread is reported as left out. Property values are
 * QEMU's texts: JSON booleans become {@code on}/{@code off}, numbers their digits, a nested JSON object a nested option.
 */
final class QemuOption {

	/** One property: its text (null for a nested object) or the nested option. */
	record Value(String key, String text, QemuOption nested, SourcePosition at) {
	}

	/** The option's name without dashes ({@code device}, {@code m}, {@code machine}); a readconfig group's command-line name. */
	final String name;
	/** How the input writes it, for the report ({@code -device virtio-rng-pci,rng=r0}, {@code [drive "disk"]}). */
	final String source;
	final SourcePosition at;
	private final Map<String, Value> values = new LinkedHashMap<>();
	private final Set<String> read = new HashSet<>();
	/** What a property's report starts with: {@code -device } or {@code [device "net0"] }. */
	String keyPrefix;
	/** Why nothing was made of this option, when a mapping knows better than the option's name tells. */
	String why;
	/** True once a mapping made something of this option; its unread properties are then reported one by one. */
	boolean used;

	QemuOption(String name, String source, SourcePosition at) {
		this.name = name;
		this.source = source.length() > 120 ? source.substring(0, 117) + "..." : source;
		this.at = at;
		this.keyPrefix = "-" + name + " ";
	}

	void put(String key, String text, SourcePosition at) {
		values.put(key, new Value(key, text, null, at));
	}

	/**
	 * QEMU's key=value option syntax ({@code QemuOpts}): properties separated by commas, a comma in a value doubled
	 * ({@code ,,}); the first part without {@code =} is the value of {@code impliedKey} (the driver of {@code -device},
	 * the size of {@code -m}), a later one a flag set {@code on}. {@code start} is where {@code text} stands.
	 */
	static QemuOption keyValue(String name, String text, SourcePosition start, String impliedKey) {
		QemuOption option = new QemuOption(name, "-" + name + " " + text, start);
		int i = 0;
		boolean first = true;
		while (i <= text.length()) {
			int partStart = i;
			StringBuilder part = new StringBuilder();
			while (i < text.length()) {
				char c = text.charAt(i);
				if (c == ',' && i + 1 < text.length() && text.charAt(i + 1) == ',') {
					part.append(',');
					i += 2;
				} else if (c == ',') {
					break;
				} else {
					part.append(c);
					i++;
				}
			}
			i++;
			SourcePosition at = new SourcePosition(start.file(), start.line(), start.column() + partStart);
			String p = part.toString();
			int eq = p.indexOf('=');
			if (p.isEmpty()) {
				// an empty part (a trailing comma) says nothing
			} else if (eq >= 0) {
				option.put(p.substring(0, eq), p.substring(eq + 1), at);
			} else if (first && impliedKey != null) {
				option.put(impliedKey, p, at);
			} else {
				option.put(p, "on", at);
			}
			first = false;
		}
		return option;
	}

	/** A JSON object option ({@code -device '{"driver":...}'}); a nested object becomes a nested option. */
	static QemuOption json(String name, String source, Json object) throws ImportException {
		if (object.kind() != Json.Kind.OBJECT) {
			throw new ImportException(object.at().exact() + ": -" + name + " takes a JSON object, found " + object.kind().name().toLowerCase());
		}
		QemuOption option = new QemuOption(name, source, object.at());
		for (Map.Entry<String, Json> member : object.members().entrySet()) {
			Json value = member.getValue();
			switch (value.kind()) {
			case OBJECT -> option.values.put(member.getKey(),
					new Value(member.getKey(), null, json(name + "." + member.getKey(), member.getKey() + " " + value.at(), value), value.at()));
			case BOOLEAN -> option.put(member.getKey(), value.isTrue() ? "on" : "off", value.at());
			case ARRAY -> option.put(member.getKey(), String.join(",", value.items().stream().map(v -> String.valueOf(v.text())).toList()), value.at());
			default -> option.put(member.getKey(), value.text(), value.at());
			}
		}
		return option;
	}

	boolean has(String key) {
		return values.containsKey(key);
	}

	/** The text of {@code key} without marking it read, or null. */
	String peek(String key) {
		Value value = values.get(key);
		return value == null ? null : value.text();
	}

	/** The text of {@code key}, marked read, or null when absent. */
	String take(String key) {
		Value value = values.get(key);
		if (value == null) {
			return null;
		}
		read.add(key);
		return value.text();
	}

	/** True, and {@code key} marked read, when its value is {@code expected}. */
	boolean takeIf(String key, String expected) {
		if (expected.equals(peek(key))) {
			read.add(key);
			return true;
		}
		return false;
	}

	/** True, and {@code key} marked read, when its value switches it on ({@code on}, {@code true}, {@code yes}). */
	boolean takeOn(String key) {
		String value = peek(key);
		if (value != null && List.of("on", "true", "yes", "y").contains(value)) {
			read.add(key);
			return true;
		}
		return false;
	}

	/** True, and {@code key} marked read, when its value switches it off. */
	boolean takeOff(String key) {
		String value = peek(key);
		if (value != null && List.of("off", "false", "no", "n").contains(value)) {
			read.add(key);
			return true;
		}
		return false;
	}

	/** The nested object {@code key} (marked read), or null. */
	QemuOption nested(String key) {
		Value value = values.get(key);
		if (value == null || value.nested() == null) {
			return null;
		}
		read.add(key);
		return value.nested();
	}

	/** Where {@code key} stands, or where the option does. */
	SourcePosition at(String key) {
		Value value = values.get(key);
		return value == null ? at : value.at();
	}

	String id() {
		return peek("id");
	}

	List<Value> unread() {
		List<Value> unread = new ArrayList<>();
		values.forEach((key, value) -> {
			if (!read.contains(key)) {
				unread.add(value);
			}
		});
		return unread;
	}

	/**
	 * Reports this option: as a whole when nothing was made of it ({@code whyWhole}), else each property no mapping
	 * read ({@code whyKey} by key), nested objects that were read searched in turn.
	 */
	void report(ImportReport report, String whyWhole, Function<String, String> whyKey) {
		if (!used) {
			report.leftOut(at, source, why != null ? why : whyWhole);
			return;
		}
		reportUnread(report, keyPrefix, whyKey);
	}

	private void reportUnread(ImportReport report, String prefix, Function<String, String> whyKey) {
		values.forEach((key, value) -> {
			if (!read.contains(key)) {
				report.leftOut(value.at(), prefix + key + (value.text() == null ? " {...}" : "=" + value.text()), whyKey.apply(key));
			} else if (value.nested() != null) {
				value.nested().reportUnread(report, prefix + key + ".", whyKey);
			}
		});
	}
}
