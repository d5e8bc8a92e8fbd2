// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.importer.SourcePosition;

/**
 * A device tree as {@link DtsParser} (source) and {@link DtbReader} (flattened binary) read it: nodes with their
 * properties, labels and the place each was defined. Property values are kept as the source wrote them (strings,
 * cells with phandle references, bytes) or as the binary's raw bytes; {@link Property#strings()} and
 * {@link Property#cells()} read either.
 */
final class DeviceTree {

	/** A cell of a {@code < >} array: a number, or a reference ({@code &label}, {@code &{/path}}) to a node's phandle. */
	record Cell(long value, String reference, SourcePosition at) {
	}

	/** One value of a property: a string, a cell array ({@code bits} wide), bytes, or a path reference outside {@code < >}. */
	sealed interface Value permits Text, Cells, Bytes, PathReference {
	}

	record Text(String text) implements Value {
	}

	record Cells(int bits, List<Cell> cells) implements Value {
	}

	record Bytes(byte[] bytes) implements Value {
	}

	record PathReference(String reference) implements Value {
	}

	/** A {@code /memreserve/} entry. */
	record Reservation(long address, long size, SourcePosition at) {
	}

	static final class Property {
		final String name;
		final List<Value> values;
		final SourcePosition at;

		Property(String name, List<Value> values, SourcePosition at) {
			this.name = name;
			this.values = values;
			this.at = at;
		}

		/** The strings of a string list; a binary value read as NUL-terminated strings (empty when it is not text). */
		List<String> strings() {
			List<String> strings = new ArrayList<>();
			for (Value v : values) {
				if (v instanceof Text t) {
					for (String s : t.text().split("\0", -1)) {
						strings.add(s);
					}
					if (t.text().endsWith("\0")) {
						strings.remove(strings.size() - 1);
					}
				} else if (v instanceof Bytes b && b.bytes().length > 0 && b.bytes()[b.bytes().length - 1] == 0) {
					String text = new String(b.bytes(), 0, b.bytes().length - 1, StandardCharsets.UTF_8);
					if (!text.chars().allMatch(c -> c == 0 || c >= 0x20 && c != 0xfffd)) {
						return List.of();
					}
					strings.addAll(List.of(text.split("\0", -1)));
				} else {
					return List.of();
				}
			}
			return strings;
		}

		/** The first string, or null. */
		String string() {
			List<String> strings = strings();
			return strings.isEmpty() ? null : strings.get(0);
		}

		/** The 32-bit cells of a cell array; a binary value read big-endian, 4 bytes a cell (null when it is not one). */
		List<Cell> cells() {
			List<Cell> cells = new ArrayList<>();
			for (Value v : values) {
				if (v instanceof Cells c && c.bits() == 32) {
					cells.addAll(c.cells());
				} else if (v instanceof Bytes b && b.bytes().length % 4 == 0) {
					byte[] bytes = b.bytes();
					for (int i = 0; i < bytes.length; i += 4) {
						long cell = (bytes[i] & 0xffL) << 24 | (bytes[i + 1] & 0xffL) << 16 | (bytes[i + 2] & 0xffL) << 8 | bytes[i + 3] & 0xffL;
						cells.add(new Cell(cell, null, at));
					}
				} else {
					return null;
				}
			}
			return cells;
		}
	}

	static final class Node {
		String name;
		final Node parent;
		final Map<String, Node> children = new LinkedHashMap<>();
		final Map<String, Property> properties = new LinkedHashMap<>();
		final List<String> labels = new ArrayList<>();
		SourcePosition at;

		Node(String name, Node parent, SourcePosition at) {
			this.name = name;
			this.parent = parent;
			this.at = at;
		}

		String path() {
			if (parent == null) {
				return "/";
			}
			return (parent.parent == null ? "" : parent.path()) + "/" + name;
		}

		/** The name without its unit address ({@code cpu} of {@code cpu@100}). */
		String baseName() {
			int at = name.indexOf('@');
			return at < 0 ? name : name.substring(0, at);
		}

		Property property(String name) {
			return properties.get(name);
		}

		String string(String name) {
			Property p = properties.get(name);
			return p == null ? null : p.string();
		}

		List<String> strings(String name) {
			Property p = properties.get(name);
			return p == null ? List.of() : p.strings();
		}

		/** A one-cell property's value, or {@code otherwise} when absent or not one cell. */
		long number(String name, long otherwise) {
			Property p = properties.get(name);
			List<Cell> cells = p == null ? null : p.cells();
			return cells == null || cells.size() != 1 || cells.get(0).reference() != null ? otherwise : cells.get(0).value();
		}

		/** True unless {@code status} says the device is not there ("disabled", "fail", ...). */
		boolean enabled() {
			String status = string("status");
			return status == null || status.equals("okay") || status.equals("ok");
		}

		int depth() {
			return parent == null ? 0 : parent.depth() + 1;
		}
	}

	final Node root;
	final List<Reservation> reservations = new ArrayList<>();
	private final Map<String, Node> labels = new HashMap<>();
	private Map<Long, Node> byPhandle;

	DeviceTree(Node root) {
		this.root = root;
	}

	/** Notes that {@code node} carries {@code label} (a later node with the same label takes it over). */
	void label(String label, Node node) {
		if (!node.labels.contains(label)) {
			node.labels.add(label);
		}
		labels.put(label, node);
	}

	/** The node with {@code label} that is still in the tree, or null. */
	Node labelled(String label) {
		Node node = labels.get(label);
		return node != null && attached(node) ? node : null;
	}

	// not removed by /delete-node/: each node up to the root is its parent's child
	private static boolean attached(Node node) {
		for (Node n = node; n.parent != null; n = n.parent) {
			if (n.parent.children.get(n.name) != n) {
				return false;
			}
		}
		return true;
	}

	/** The node at {@code path} ({@code /cpus/cpu@0}); a component without unit address also matches the one node with that base name. */
	Node at(String path) {
		Node node = root;
		for (String part : path.split("/")) {
			if (part.isEmpty()) {
				continue;
			}
			Node next = node.children.get(part);
			if (next == null && !part.contains("@")) {
				List<Node> named = node.children.values().stream().filter(c -> c.baseName().equals(part)).toList();
				next = named.size() == 1 ? named.get(0) : null;
			}
			if (next == null) {
				return null;
			}
			node = next;
		}
		return node;
	}

	/** A reference written as {@code label} or {@code {/path}} (without the {@code &}), or an alias path. */
	Node referenced(String reference) {
		if (reference.startsWith("{") && reference.endsWith("}")) {
			return at(reference.substring(1, reference.length() - 1));
		}
		return labelled(reference);
	}

	/** The node a phandle cell points to: its reference, else the node whose {@code phandle} is the cell's value. */
	Node node(Cell cell) {
		if (cell.reference() != null) {
			return referenced(cell.reference());
		}
		if (byPhandle == null) {
			byPhandle = new HashMap<>();
			index(root);
		}
		return byPhandle.get(cell.value());
	}

	private void index(Node node) {
		for (String name : List.of("phandle", "linux,phandle")) {
			long phandle = node.number(name, -1);
			if (phandle >= 0) {
				byPhandle.putIfAbsent(phandle, node);
			}
		}
		node.children.values().forEach(this::index);
	}
}
