// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.DeviceTree.Node;
import org.avpstudio.importer.internal.DeviceTree.Property;

/**
 * A flattened device tree (DTB, version 16 or 17): the header ({@code 0xd00dfeed}), the memory reservation map, the
 * structure block (nodes and properties) and the strings block (property names). Every offset and length is checked
 * against the blob before it is read; a truncated or corrupt blob is an {@code ImportException} naming the byte
 * offset. The labels of a blob compiled with {@code dtc -@} come from its {@code /__symbols__}. A binary has no lines: each node and property is placed at line 1, column 1 + its byte offset.
 */
final class DtbReader {

	static final int MAGIC = 0xd00dfeed;
	private static final int BEGIN_NODE = 1;
	private static final int END_NODE = 2;
	private static final int PROP = 3;
	private static final int NOP = 4;
	private static final int END = 9;
	private static final int MAX_SIZE = 64 * 1024 * 1024;

	private final Path file;
	private final byte[] blob;
	private int structStart;
	private int structEnd;
	private int stringsStart;
	private int stringsEnd;

	private DtbReader(Path file, byte[] blob) {
		this.file = file;
		this.blob = blob;
	}

	static boolean detects(byte[] content) {
		return content.length >= 4 && u32(content, 0) == MAGIC;
	}

	static DeviceTree read(Path file, byte[] blob) throws ImportException {
		return new DtbReader(file, blob).tree();
	}

	private DeviceTree tree() throws ImportException {
		if (blob.length < 40) {
			throw corrupt(blob.length, "the header needs 40 bytes, the file has " + blob.length);
		}
		if (u32(blob, 0) != MAGIC) {
			throw corrupt(0, "no device tree magic 0xd00dfeed");
		}
		long total = u32(blob, 4) & 0xffffffffL;
		if (total > blob.length) {
			throw corrupt(blob.length, "the header's totalsize is " + total + " bytes, the file has " + blob.length + " (truncated)");
		}
		if (total > MAX_SIZE) {
			throw corrupt(4, "totalsize " + total + " is above the " + MAX_SIZE / 1024 / 1024 + " MiB limit");
		}
		int version = u32(blob, 20);
		int compatible = u32(blob, 24);
		if (version < 16 || compatible > 17) {
			throw corrupt(20, "version " + version + " (last compatible " + compatible + ") is not 16 or 17");
		}
		structStart = offset(8, total, "off_dt_struct");
		stringsStart = offset(12, total, "off_dt_strings");
		int reservations = offset(16, total, "off_mem_rsvmap");
		stringsEnd = (int) Math.min(total, (long) stringsStart + (u32(blob, 32) & 0xffffffffL));
		structEnd = version >= 17 ? (int) Math.min(total, (long) structStart + (u32(blob, 36) & 0xffffffffL)) : (int) total;
		DeviceTree tree = null;
		int pos = structStart;
		while (true) {
			int token = token(pos);
			if (token == NOP) {
				pos += 4;
				continue;
			}
			if (token != BEGIN_NODE) {
				throw corrupt(pos, "the structure block must start with the root node (FDT_BEGIN_NODE), found token " + token);
			}
			break;
		}
		Node root = new Node("", null, at(pos));
		tree = new DeviceTree(root);
		pos = node(root, pos, 1);
		while (token(pos) == NOP) {
			pos += 4;
		}
		if (token(pos) != END) {
			throw corrupt(pos, "FDT_END expected after the root node, found token " + token(pos));
		}
		// a blob compiled with dtc -@ keeps its labels: /__symbols__ { label = "/path"; }
		Node symbols = root.children.get("__symbols__");
		if (symbols != null) {
			for (Property symbol : symbols.properties.values()) {
				String path = symbol.string();
				Node labelled = path == null || !path.startsWith("/") ? null : tree.at(path);
				if (labelled != null) {
					tree.label(symbol.name, labelled);
				}
			}
		}
		for (int r = reservations; ; r += 16) {
			if (r + 16 > total) {
				throw corrupt(r, "the memory reservation map is not ended by a zero entry");
			}
			long address = u64(r);
			long size = u64(r + 8);
			if (address == 0 && size == 0) {
				break;
			}
			tree.reservations.add(new DeviceTree.Reservation(address, size, at(r)));
		}
		return tree;
	}

	// the node whose FDT_BEGIN_NODE is at pos, into node; returns the position after its FDT_END_NODE
	private int node(Node node, int pos, int depth) throws ImportException {
		if (depth > DtsParser.MAX_DEPTH) {
			throw corrupt(pos, "nodes nested deeper than " + DtsParser.MAX_DEPTH);
		}
		String name = text(pos + 4, structEnd, "node name");
		if (node.parent != null) {
			node.name = name;
		}
		int nul = pos + 4;
		while (blob[nul] != 0) {
			nul++;
		}
		pos = align(nul + 1);
		while (true) {
			int token = token(pos);
			switch (token) {
				case NOP -> pos += 4;
				case PROP -> {
					if (pos + 12 > structEnd) {
						throw corrupt(pos, "property header runs past the structure block");
					}
					long length = u32(blob, pos + 4) & 0xffffffffL;
					long nameOffset = u32(blob, pos + 8) & 0xffffffffL;
					if (pos + 12 + length > structEnd) {
						throw corrupt(pos + 4, "property value of " + length + " bytes runs past the structure block");
					}
					if (stringsStart + nameOffset >= stringsEnd) {
						throw corrupt(pos + 8, "property name offset " + nameOffset + " is outside the strings block");
					}
					String property = text((int) (stringsStart + nameOffset), stringsEnd, "property name");
					byte[] value = java.util.Arrays.copyOfRange(blob, pos + 12, pos + 12 + (int) length);
					node.properties.put(property, new Property(property, List.of(new DeviceTree.Bytes(value)), at(pos)));
					pos = align(pos + 12 + (int) length);
				}
				case BEGIN_NODE -> {
					Node child = new Node("", node, at(pos));
					pos = node(child, pos, depth + 1);
					if (node.children.containsKey(child.name)) {
						throw corrupt(child.at.column() - 1, "node " + child.path() + " appears twice");
					}
					node.children.put(child.name, child);
				}
				case END_NODE -> {
					return pos + 4;
				}
				default -> throw corrupt(pos, "unknown structure token " + token);
			}
		}
	}

	private int token(int pos) throws ImportException {
		if (pos + 4 > structEnd) {
			throw corrupt(pos, "the structure block ends inside a node (truncated)");
		}
		return u32(blob, pos);
	}

	// a NUL-terminated name starting at pos, before end
	private String text(int pos, int end, String what) throws ImportException {
		for (int i = pos; i < end; i++) {
			if (blob[i] == 0) {
				return new String(blob, pos, i - pos, StandardCharsets.UTF_8);
			}
		}
		throw corrupt(pos, what + " is not NUL-terminated before the end of its block");
	}

	private int offset(int field, long total, String name) throws ImportException {
		long value = u32(blob, field) & 0xffffffffL;
		if (value >= total) {
			throw corrupt(field, name + " " + value + " points past the end of the blob (" + total + " bytes)");
		}
		return (int) value;
	}

	private SourcePosition at(int offset) {
		return new SourcePosition(file, 1, offset + 1);
	}

	private ImportException corrupt(int offset, String what) {
		return new ImportException(file + ": truncated or corrupt device tree blob at byte offset " + offset + ": " + what);
	}

	private long u64(int pos) {
		return (long) u32(blob, pos) << 32 | u32(blob, pos + 4) & 0xffffffffL;
	}

	private static int u32(byte[] bytes, int pos) {
		return (bytes[pos] & 0xff) << 24 | (bytes[pos + 1] & 0xff) << 16 | (bytes[pos + 2] & 0xff) << 8 | bytes[pos + 3] & 0xff;
	}

	private static int align(int pos) {
		return (pos + 3) & ~3;
	}
}
