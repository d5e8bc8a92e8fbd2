// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.importer.internal.DeviceTree.Cell;
import org.avpstudio.importer.internal.DeviceTree.Node;
import org.avpstudio.importer.internal.DeviceTree.Property;
import org.avpstudio.importer.internal.DeviceTree.Value;

/**
 * Device tree source as dtc reads it: {@code /dts-v1/}, {@code /memreserve/}, nodes with labels, properties (strings,
 * {@code < >} cells with integer expressions in parentheses and {@code &label}/{@code &{/path}} references,
 * {@code /bits/ N}, {@code [ ]} bytes), {@code &label { }} overrides, {@code /delete-node/}, {@code /delete-property/},
 * {@code /include/ "file"} and cpp's {@code #include "file"} of a file next to the including one, and cpp's
 * {@code # LINE "file"} linemarkers (positions then name the original file and line). Errors are
 * {@code file:line:column: what is wrong}. Limits against hostile input: nesting depth, include depth and count,
 * total size, no absolute include path, no include cycle.
 */
final class DtsParser {

	static final int MAX_DEPTH = 64;
	static final int MAX_INCLUDE_DEPTH = 32;
	static final int MAX_FILES = 256;
	static final long MAX_CHARS = 32L * 1024 * 1024;
	private static final int MAX_EXPRESSION_DEPTH = 64;
	private static final Pattern LINEMARKER = Pattern.compile("#\\s*(?:line\\s+)?(\\d{1,9})(?:\\s+\"((?:[^\"\\\\\\n]|\\\\.)*)\")?[^\\n]*");
	private static final Pattern DIRECTIVE = Pattern.compile("#\\s*(include|define|undef|if|ifdef|ifndef|elif|else|endif|error|warning|pragma|line)\\b");
	private static final String NAME_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789,._+*#?@-";

	/** One file being read: its text, where the reading is, and the file and line linemarkers say it is. */
	private static final class Source {
		final Path real;
		final String text;
		int pos;
		int line = 1;
		int column = 1;
		boolean lineStart = true;
		Path shown;
		int lineDelta;

		Source(Path real, Path shown, String text) {
			this.real = real;
			this.shown = shown;
			this.text = text;
		}
	}

	private final Deque<Source> sources = new ArrayDeque<>();
	private Source s;
	private int files = 1;
	private long chars;
	private boolean versioned;
	private boolean rootDefined;
	private DeviceTree tree;

	private DtsParser() {
	}

	/** The tree {@code content} (the text of {@code file}) describes, with the files it includes. */
	static DeviceTree parse(Path file, String content) throws ImportException {
		DtsParser parser = new DtsParser();
		parser.s = new Source(file.toAbsolutePath().normalize(), file, content);
		if (content.startsWith("\uFEFF")) {
			parser.s.pos = 1; // a byte order mark, not text
		}
		parser.chars = content.length();
		return parser.file();
	}

	private DeviceTree file() throws ImportException {
		tree = new DeviceTree(new Node("", null, here()));
		while (true) {
			skip();
			if (eof()) {
				break;
			}
			SourcePosition at = here();
			if (take("/dts-v1/")) {
				expect(";");
				versioned = true;
				continue;
			}
			if (take("/plugin/")) {
				throw new ImportException(at.exact() + ": '/plugin/': an overlay is not a board's device tree; import the base tree");
			}
			if (!versioned) {
				throw error("'/dts-v1/;' expected first (a device tree source starts with it)");
			}
			List<String> labels = labels();
			if (take("/memreserve/")) {
				long address = integer();
				long size = integer();
				expect(";");
				tree.reservations.add(new DeviceTree.Reservation(address, size, at));
			} else if (take("/delete-node/")) {
				Node node = reference();
				expect(";");
				if (node.parent == null) {
					throw new ImportException(at.exact() + ": the root node cannot be deleted");
				}
				node.parent.children.remove(node.name);
			} else if (take("/omit-if-no-ref/")) {
				reference();
				expect(";");
			} else if (peek('/')) {
				next();
				if (!rootDefined) {
					tree.root.at = at;
					rootDefined = true;
				}
				body(tree.root, labels, 1);
				expect(";");
			} else if (peek('&')) {
				Node node = reference();
				body(node, labels, node.depth() + 1);
				expect(";");
			} else {
				throw error("a node ('/ {', '&label {'), '/memreserve/' or '/delete-node/' expected, found " + found());
			}
		}
		if (!versioned) {
			throw error("'/dts-v1/;' expected: the file has no device tree");
		}
		references(tree.root);
		return tree;
	}

	// as dtc: every reference in a value names a node of the final tree
	private void references(Node node) throws ImportException {
		for (Property property : node.properties.values()) {
			for (Value value : property.values) {
				if (value instanceof DeviceTree.Cells cells) {
					for (Cell cell : cells.cells()) {
						if (cell.reference() != null && tree.referenced(cell.reference()) == null) {
							throw new ImportException(cell.at().exact() + ": '&" + cell.reference() + "' names no node of the tree");
						}
					}
				} else if (value instanceof DeviceTree.PathReference path && tree.referenced(path.reference()) == null) {
					throw new ImportException(property.at.exact() + ": '&" + path.reference() + "' in " + property.name + " names no node of the tree");
				}
			}
		}
		for (Node child : node.children.values()) {
			references(child);
		}
	}

	// '{' properties and child nodes '}' merged into node
	private void body(Node node, List<String> labels, int depth) throws ImportException {
		if (depth > MAX_DEPTH) {
			throw error("nodes nested deeper than " + MAX_DEPTH);
		}
		labels.forEach(l -> tree.label(l, node));
		expect("{");
		while (true) {
			skip();
			if (take("}")) {
				return;
			}
			if (eof()) {
				throw error("'}' expected to close node " + node.path() + ", found the end of the file");
			}
			if (take("/delete-property/")) {
				String name = name("a property name");
				expect(";");
				node.properties.remove(name);
				continue;
			}
			if (take("/delete-node/")) {
				String name = name("a node name");
				expect(";");
				node.children.remove(name);
				continue;
			}
			take("/omit-if-no-ref/");
			List<String> own = labels();
			SourcePosition at = here();
			String name = name("a property or node name, or '}'");
			skip();
			if (peek('{')) {
				if (name.contains("#") || name.contains("?") || name.contains("*")) {
					throw new ImportException(at.exact() + ": '" + name + "' is not a node name");
				}
				Node child = node.children.get(name);
				if (child == null) {
					child = new Node(name, node, at);
					node.children.put(name, child);
				}
				body(child, own, depth + 1);
				expect(";");
			} else if (take("=")) {
				List<Value> values = values();
				node.properties.put(name, new Property(name, values, at));
			} else if (take(";")) {
				node.properties.put(name, new Property(name, List.of(), at));
			} else {
				throw error("'=', ';' or '{' expected after '" + name + "', found " + found());
			}
		}
	}

	private List<Value> values() throws ImportException {
		List<Value> values = new ArrayList<>();
		while (true) {
			skip();
			labels();
			if (peek('"')) {
				values.add(new DeviceTree.Text(string()));
			} else if (peek('<') || peekWord("/bits/")) {
				int bits = 32;
				if (take("/bits/")) {
					skip();
					SourcePosition at = here();
					long n = integer();
					if (n != 8 && n != 16 && n != 32 && n != 64) {
						throw new ImportException(at.exact() + ": /bits/ takes 8, 16, 32 or 64, found " + n);
					}
					bits = (int) n;
				}
				values.add(new DeviceTree.Cells(bits, cells(bits)));
			} else if (peek('[')) {
				values.add(new DeviceTree.Bytes(bytes()));
			} else if (peek('&')) {
				next();
				values.add(new DeviceTree.PathReference(referenceText()));
			} else {
				throw error("a value ('\"string\"', '<cells>', '[bytes]', '&label') expected, found " + found());
			}
			skip();
			labels();
			if (take(";")) {
				return values;
			}
			if (!take(",")) {
				throw error("',' or ';' expected after a property value, found " + found());
			}
		}
	}

	private List<Cell> cells(int bits) throws ImportException {
		expect("<");
		List<Cell> cells = new ArrayList<>();
		long mask = bits == 64 ? -1L : (1L << bits) - 1;
		while (true) {
			skip();
			if (take(">")) {
				return cells;
			}
			if (eof()) {
				throw error("'>' expected to close the cells");
			}
			SourcePosition at = here();
			if (peek('&')) {
				if (bits != 32) {
					throw error("a reference in /bits/ " + bits + " cells: references are 32-bit");
				}
				next();
				cells.add(new Cell(0, referenceText(), at));
			} else if (peek('(') || peek('\'') || Character.isDigit(current())) {
				cells.add(new Cell(primary(0) & mask, null, at));
			} else if (!labels().isEmpty()) {
				continue;
			} else if (Character.isLetter(current()) || current() == '_') {
				int end = s.pos;
				while (end < s.text.length() && (Character.isLetterOrDigit(s.text.charAt(end)) || s.text.charAt(end) == '_')) {
					end++;
				}
				throw error("a number, '(expression)' or '&label' expected in the cells, found '" + s.text.substring(s.pos, end)
						+ "' (a cpp macro? run the file through cpp first and import the result)");
			} else {
				throw error("a number, '(expression)' or '&label' expected in the cells, found " + found());
			}
		}
	}

	private byte[] bytes() throws ImportException {
		expect("[");
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		while (true) {
			skip();
			if (take("]")) {
				return out.toByteArray();
			}
			if (!labels().isEmpty()) {
				continue;
			}
			if (s.pos + 1 < s.text.length() && hex(current()) && hex(s.text.charAt(s.pos + 1))) {
				out.write(Integer.parseInt(s.text.substring(s.pos, s.pos + 2), 16));
				next();
				next();
			} else {
				throw error("two hex digits or ']' expected in the bytes, found " + found());
			}
		}
	}

	// ---------------------------------------------------------------- integer expressions, as in C

	private long integer() throws ImportException {
		skip();
		if (!peek('(') && !peek('\'') && (eof() || !Character.isDigit(current()))) {
			throw error("a number expected, found " + found());
		}
		return primary(0);
	}

	private long expression(int depth) throws ImportException {
		if (depth > MAX_EXPRESSION_DEPTH) {
			throw error("expression nested deeper than " + MAX_EXPRESSION_DEPTH);
		}
		long condition = binary(0, depth);
		skip();
		if (take("?")) {
			long yes = expression(depth + 1);
			expect(":");
			long no = expression(depth + 1);
			return condition != 0 ? yes : no;
		}
		return condition;
	}

	private static final String[][] LEVELS = { { "||" }, { "&&" }, { "|" }, { "^" }, { "&" }, { "==", "!=" }, { "<=", ">=", "<", ">" },
			{ "<<", ">>" }, { "+", "-" }, { "*", "/", "%" } };

	private long binary(int level, int depth) throws ImportException {
		if (level == LEVELS.length) {
			return unary(depth);
		}
		long left = binary(level + 1, depth);
		while (true) {
			skip();
			String op = operator(LEVELS[level]);
			if (op == null) {
				return left;
			}
			SourcePosition at = here();
			for (int i = 0; i < op.length(); i++) {
				next();
			}
			long right = binary(level + 1, depth);
			left = switch (op) {
				case "||" -> left != 0 || right != 0 ? 1 : 0;
				case "&&" -> left != 0 && right != 0 ? 1 : 0;
				case "|" -> left | right;
				case "^" -> left ^ right;
				case "&" -> left & right;
				case "==" -> left == right ? 1 : 0;
				case "!=" -> left != right ? 1 : 0;
				case "<=" -> Long.compareUnsigned(left, right) <= 0 ? 1 : 0;
				case ">=" -> Long.compareUnsigned(left, right) >= 0 ? 1 : 0;
				case "<" -> Long.compareUnsigned(left, right) < 0 ? 1 : 0;
				case ">" -> Long.compareUnsigned(left, right) > 0 ? 1 : 0;
				case "<<" -> right >= 64 || right < 0 ? 0 : left << right;
				case ">>" -> right >= 64 || right < 0 ? 0 : left >>> right;
				case "+" -> left + right;
				case "-" -> left - right;
				case "*" -> left * right;
				default -> {
					if (right == 0) {
						throw new ImportException(at.exact() + ": division by zero");
					}
					yield op.equals("/") ? Long.divideUnsigned(left, right) : Long.remainderUnsigned(left, right);
				}
			};
		}
	}

	// the operator at the reading position among ops; '<' is not '<<' and '&' is not '&&', '|' not '||'
	private String operator(String[] ops) {
		for (String op : ops) {
			if (s.text.startsWith(op, s.pos)) {
				String longer = op.length() == 1 && s.pos + 1 < s.text.length() ? op + s.text.charAt(s.pos + 1) : null;
				if (longer != null && List.of("||", "&&", "<<", ">>", "<=", ">=", "==", "!=").contains(longer) && !longer.equals(op)) {
					continue;
				}
				return op;
			}
		}
		return null;
	}

	private long unary(int depth) throws ImportException {
		skip();
		if (depth > MAX_EXPRESSION_DEPTH) {
			throw error("expression nested deeper than " + MAX_EXPRESSION_DEPTH);
		}
		if (take("-")) {
			return -unary(depth + 1);
		}
		if (take("~")) {
			return ~unary(depth + 1);
		}
		if (take("!")) {
			return unary(depth + 1) == 0 ? 1 : 0;
		}
		if (take("+")) {
			return unary(depth + 1);
		}
		return primary(depth);
	}

	private long primary(int depth) throws ImportException {
		skip();
		if (depth > MAX_EXPRESSION_DEPTH) {
			throw error("expression nested deeper than " + MAX_EXPRESSION_DEPTH);
		}
		if (take("(")) {
			long value = expression(depth + 1);
			expect(")");
			return value;
		}
		if (peek('\'')) {
			next();
			long value = character();
			if (!take("'")) {
				throw error("''' expected to close the character literal");
			}
			return value;
		}
		SourcePosition at = here();
		int start = s.pos;
		while (!eof() && (Character.isLetterOrDigit(current()))) {
			next();
		}
		String literal = s.text.substring(start, s.pos);
		String digits = literal.replaceFirst("(?i)(u|ul|ull|l|ll|lu|llu)$", "");
		try {
			if (digits.matches("0[xX][0-9a-fA-F]{1,16}")) {
				return Long.parseUnsignedLong(digits.substring(2), 16);
			}
			if (digits.matches("0[0-7]{0,22}")) {
				return digits.length() == 1 ? 0 : Long.parseUnsignedLong(digits.substring(1), 8);
			}
			if (digits.matches("[1-9][0-9]{0,19}")) {
				return Long.parseUnsignedLong(digits);
			}
		} catch (NumberFormatException e) {
			throw new ImportException(at.exact() + ": '" + literal + "' does not fit in 64 bits");
		}
		throw new ImportException(at.exact() + ": a number expected, found '" + (literal.isEmpty() ? found() : literal) + "'"
				+ (literal.matches("[A-Z_][A-Z0-9_]*") ? " (a cpp macro? run the file through cpp first)" : ""));
	}

	// ---------------------------------------------------------------- strings, names, labels, references

	private String string() throws ImportException {
		SourcePosition at = here();
		expect("\"");
		StringBuilder text = new StringBuilder();
		while (true) {
			if (eof() || current() == '\n') {
				throw new ImportException(at.exact() + ": string not closed before the end of the line");
			}
			char c = current();
			next();
			if (c == '"') {
				return text.toString();
			}
			if (c == '\\') {
				text.append((char) character0());
			} else {
				text.append(c);
			}
		}
	}

	// a character after the opening quote of a character literal
	private long character() throws ImportException {
		if (eof() || current() == '\n') {
			throw error("character literal not closed");
		}
		char c = current();
		next();
		return c == '\\' ? character0() : c;
	}

	// the character an escape stands for, after its backslash
	private int character0() throws ImportException {
		if (eof()) {
			throw error("escape at the end of the file");
		}
		char c = current();
		next();
		switch (c) {
			case 'n': return '\n';
			case 't': return '\t';
			case 'r': return '\r';
			case 'a': return 7;
			case 'b': return '\b';
			case 'f': return '\f';
			case 'v': return 11;
			case 'x': {
				int value = 0;
				int n = 0;
				while (n < 2 && !eof() && hex(current())) {
					value = value * 16 + Character.digit(current(), 16);
					next();
					n++;
				}
				if (n == 0) {
					throw error("hex digits expected after '\\x'");
				}
				return value;
			}
			default:
				if (c >= '0' && c <= '7') {
					int value = c - '0';
					for (int n = 1; n < 3 && !eof() && current() >= '0' && current() <= '7'; n++) {
						value = value * 8 + current() - '0';
						next();
					}
					return value & 0xff;
				}
				return c;
		}
	}

	private String name(String what) throws ImportException {
		skip();
		int start = s.pos;
		while (!eof() && NAME_CHARS.indexOf(current()) >= 0) {
			next();
		}
		if (start == s.pos) {
			throw error(what + " expected, found " + found());
		}
		return s.text.substring(start, s.pos);
	}

	// labels 'name:' before a node, property or value
	private List<String> labels() throws ImportException {
		List<String> labels = new ArrayList<>();
		while (true) {
			skip();
			int end = s.pos;
			while (end < s.text.length() && (Character.isLetterOrDigit(s.text.charAt(end)) || s.text.charAt(end) == '_')) {
				end++;
			}
			if (end == s.pos || end >= s.text.length() || s.text.charAt(end) != ':' || Character.isDigit(current())) {
				return labels;
			}
			labels.add(s.text.substring(s.pos, end));
			while (s.pos <= end) {
				next();
			}
		}
	}

	// '&label' or '&{/path}': the node it names, which must exist
	private Node reference() throws ImportException {
		skip();
		SourcePosition at = here();
		expect("&");
		String reference = referenceText();
		Node node = tree.referenced(reference);
		if (node == null) {
			throw new ImportException(at.exact() + ": '&" + reference + "' names no node defined before it");
		}
		return node;
	}

	// after '&': 'label' or '{/path}'
	private String referenceText() throws ImportException {
		if (peek('{')) {
			int start = s.pos;
			while (!eof() && current() != '}' && current() != '\n') {
				next();
			}
			if (!take("}")) {
				throw error("'}' expected to close the path reference");
			}
			return s.text.substring(start, s.pos);
		}
		int start = s.pos;
		while (!eof() && (Character.isLetterOrDigit(current()) || current() == '_')) {
			next();
		}
		if (start == s.pos) {
			throw error("a label or '{/path}' expected after '&', found " + found());
		}
		return s.text.substring(start, s.pos);
	}

	// ---------------------------------------------------------------- reading position, blanks, comments, includes

	private SourcePosition here() {
		// cpp writes '# 0 "<built-in>"': a line 0 is shown as line 1
		return new SourcePosition(s.shown, Math.max(1, s.line + s.lineDelta), s.column);
	}

	private ImportException error(String what) {
		return new ImportException(here().exact() + ": " + what);
	}

	private boolean eof() {
		return s.pos >= s.text.length();
	}

	private char current() {
		return s.text.charAt(s.pos);
	}

	private void next() {
		char c = s.text.charAt(s.pos++);
		if (c == '\n') {
			s.line++;
			s.column = 1;
			s.lineStart = true;
		} else {
			s.column++;
			if (!Character.isWhitespace(c)) {
				s.lineStart = false;
			}
		}
	}

	private boolean peek(char c) {
		return !eof() && current() == c;
	}

	private boolean peekWord(String word) {
		return s.text.startsWith(word, s.pos);
	}

	private boolean take(String word) throws ImportException {
		skip();
		if (!s.text.startsWith(word, s.pos)) {
			return false;
		}
		for (int i = 0; i < word.length(); i++) {
			next();
		}
		return true;
	}

	private void expect(String word) throws ImportException {
		if (!take(word)) {
			throw error("'" + word + "' expected, found " + found());
		}
	}

	private String found() {
		if (eof()) {
			return "the end of the file";
		}
		int end = s.pos;
		while (end < s.text.length() && end - s.pos < 20 && !Character.isWhitespace(s.text.charAt(end))) {
			end++;
		}
		return "'" + (end == s.pos ? s.text.substring(s.pos, s.pos + 1) : s.text.substring(s.pos, end)) + "'";
	}

	// blanks, comments, linemarkers and includes; at the end of an included file the including one goes on
	private void skip() throws ImportException {
		while (true) {
			while (!eof() && Character.isWhitespace(current())) {
				next();
			}
			if (eof()) {
				if (sources.isEmpty()) {
					return;
				}
				s = sources.pop();
				continue;
			}
			if (s.text.startsWith("//", s.pos)) {
				while (!eof() && current() != '\n') {
					next();
				}
			} else if (s.text.startsWith("/*", s.pos)) {
				SourcePosition at = here();
				int end = s.text.indexOf("*/", s.pos + 2);
				if (end < 0) {
					throw new ImportException(at.exact() + ": comment not closed ('*/' missing)");
				}
				while (s.pos < end + 2) {
					next();
				}
			} else if (current() == '#' && s.lineStart) {
				if (!directive()) {
					return;
				}
			} else if (s.text.startsWith("/include/", s.pos)) {
				SourcePosition at = here();
				for (int i = 0; i < "/include/".length(); i++) {
					next();
				}
				while (!eof() && (current() == ' ' || current() == '\t')) {
					next();
				}
				if (!peek('"')) {
					throw error("'\"file\"' expected after /include/, found " + found());
				}
				include(string(), at);
			} else {
				return;
			}
		}
	}

	// a cpp line at the start of a line: a linemarker, '#include "file"', or a directive only cpp can run; false when
	// the '#' starts a property name such as '#address-cells'
	private boolean directive() throws ImportException {
		SourcePosition at = here();
		int end = s.text.indexOf('\n', s.pos);
		String line = s.text.substring(s.pos, end < 0 ? s.text.length() : end);
		Matcher marker = LINEMARKER.matcher(line);
		if (marker.matches()) {
			int next = Integer.parseInt(marker.group(1));
			if (marker.group(2) != null && !marker.group(2).isEmpty()) {
				try {
					s.shown = Path.of(marker.group(2).replace("\\\\", "\\").replace("\\\"", "\""));
				} catch (java.nio.file.InvalidPathException e) {
					throw new ImportException(at.exact() + ": the linemarker names no file: " + e.getMessage());
				}
			}
			skipLine();
			s.lineDelta = next - s.line - 1;
			return true;
		}
		Matcher directive = DIRECTIVE.matcher(line);
		if (!directive.lookingAt()) {
			return false;
		}
		if (!directive.group(1).equals("include")) {
			throw new ImportException(at.exact() + ": '#" + directive.group(1) + "' is for the C preprocessor: run the file through cpp first"
					+ " (as the kernel's build does: cpp -nostdinc -undef -D__DTS__ -x assembler-with-cpp) and import the result");
		}
		String rest = line.substring(directive.end()).strip();
		if (rest.startsWith("<")) {
			throw new ImportException(at.exact() + ": '#include " + rest + "' is a system include the C preprocessor finds in the"
					+ " kernel's include paths: run the file through cpp first and import the result");
		}
		Matcher quoted = Pattern.compile("\"([^\"]+)\".*").matcher(rest);
		if (!quoted.matches()) {
			throw new ImportException(at.exact() + ": '\"file\"' expected after #include");
		}
		skipLine();
		include(quoted.group(1), at);
		return true;
	}

	private void skipLine() {
		while (!eof() && current() != '\n') {
			next();
		}
	}

	private void include(String name, SourcePosition at) throws ImportException {
		Path relative;
		try {
			relative = Path.of(name);
		} catch (java.nio.file.InvalidPathException e) {
			throw new ImportException(at.exact() + ": '" + name + "' is not a file name");
		}
		if (relative.isAbsolute()) {
			throw new ImportException(at.exact() + ": included file '" + name + "' has an absolute path; only files relative to the including file are read");
		}
		Path file = s.real.getParent().resolve(relative).normalize();
		if (!Files.isRegularFile(file)) {
			throw new ImportException(at.exact() + ": included file '" + name + "' not found (looked for " + file + ")");
		}
		Path real;
		try {
			real = file.toRealPath();
		} catch (IOException e) {
			throw new ImportException(at.exact() + ": included file '" + name + "' cannot be read: " + e.getMessage());
		}
		if (realPath(s.real).equals(real) || sources.stream().anyMatch(o -> realPath(o.real).equals(real))) {
			throw new ImportException(at.exact() + ": '" + name + "' includes itself (cyclic include)");
		}
		if (sources.size() + 1 >= MAX_INCLUDE_DEPTH) {
			throw new ImportException(at.exact() + ": includes nested deeper than " + MAX_INCLUDE_DEPTH);
		}
		if (++files > MAX_FILES) {
			throw new ImportException(at.exact() + ": more than " + MAX_FILES + " included files");
		}
		String text;
		try {
			if (Files.size(file) + chars > MAX_CHARS) {
				throw new ImportException(at.exact() + ": the included files exceed " + MAX_CHARS / 1024 / 1024 + " MiB");
			}
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (CharacterCodingException e) {
			throw new ImportException(at.exact() + ": included file '" + name + "' is not UTF-8 text");
		} catch (IOException e) {
			throw new ImportException(at.exact() + ": included file '" + name + "' cannot be read: " + e.getMessage());
		}
		chars += text.length();
		sources.push(s);
		s = new Source(file, s.shown.resolveSibling(relative).normalize(), text);
		if (text.startsWith("\uFEFF")) {
			s.pos = 1;
		}
	}

	private static Path realPath(Path file) {
		try {
			return file.toRealPath();
		} catch (IOException e) {
			return file;
		}
	}

	private static boolean hex(char c) {
		return Character.digit(c, 16) >= 0;
	}
}
