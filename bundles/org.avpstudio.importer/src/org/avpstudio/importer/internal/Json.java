// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;

/**
 * A JSON value read by Jackson's streaming parser, with the place it starts and, like {@link XmlReading} for XML, a
 * record of which object members a mapping read: {@link #unread} lists every member nothing looked at, so an importer
 * reports it as left out instead of dropping it. Strict JSON: duplicate member names are an error, nesting is limited
 * to {@value #MAX_DEPTH} levels and strings to {@value #MAX_STRING} characters.
 */
public final class Json {

	/** What kind of value this is. */
	public enum Kind {
		OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL
	}

	static final int MAX_DEPTH = 64;
	static final int MAX_STRING = 1 << 20;

	private static final JsonFactory FACTORY = JsonFactory.builder()
			.streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_STRING).maxNumberLength(100).build())
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private final Kind kind;
	private final SourcePosition at;
	private final Object scalar;
	private final Map<String, Json> members;
	private final List<Json> items;
	private final Set<String> read = new HashSet<>();

	private Json(Kind kind, SourcePosition at, Object scalar, Map<String, Json> members, List<Json> items) {
		this.kind = kind;
		this.at = at;
		this.scalar = scalar;
		this.members = members;
		this.items = items;
	}

	/** The one JSON value of {@code text}, read from {@code file}; nothing but white space may follow it. */
	public static Json parse(Path file, String text) throws ImportException {
		return parse(new SourcePosition(file, 1, 1), text);
	}

	/**
	 * The one JSON value of {@code text} found at {@code start} of its file (e.g. a JSON option inside a command line):
	 * positions are counted from there.
	 */
	public static Json parse(SourcePosition start, String text) throws ImportException {
		try (JsonParser parser = FACTORY.createParser(text)) {
			Reader reader = new Reader(parser, start);
			if (parser.nextToken() == null) {
				throw new ImportException(start.exact() + ": no JSON value; the file is empty");
			}
			Json value = reader.value();
			if (parser.nextToken() != null) {
				throw new ImportException(reader.position(parser.currentTokenLocation()).exact()
						+ ": text after the JSON value; a file holds one JSON value");
			}
			return value;
		} catch (JsonProcessingException e) {
			JsonLocation where = e.getLocation();
			SourcePosition at = where == null ? start : Reader.shift(start, where);
			throw new ImportException(at.exact() + ": malformed JSON: " + e.getOriginalMessage());
		} catch (IOException e) {
			throw new ImportException(start.exact() + ": cannot be read: " + e.getMessage());
		}
	}

	public Kind kind() {
		return kind;
	}

	public SourcePosition at() {
		return at;
	}

	/** The member {@code name} of this object (marked read), or null when absent or when this is not an object. */
	public Json member(String name) {
		if (members == null || !members.containsKey(name)) {
			return null;
		}
		read.add(name);
		return members.get(name);
	}

	/** Marks the member {@code name} read without looking at it (it is reported otherwise, by the caller). */
	public void markRead(String name) {
		read.add(name);
	}

	/** This object's members in input order (nothing is marked read), empty for another kind. */
	public Map<String, Json> members() {
		return members == null ? Map.of() : Collections.unmodifiableMap(members);
	}

	/** This array's items, empty for another kind. */
	public List<Json> items() {
		return items == null ? List.of() : Collections.unmodifiableList(items);
	}

	/** The text of a string, the digits of a number, {@code true}/{@code false}, or null for null, objects and arrays. */
	public String text() {
		return scalar == null ? null : scalar instanceof BigDecimal number ? number.toPlainString() : scalar.toString();
	}

	/** This number as a long, or null when it is not a number or not a whole one within range. */
	public Long longValue() {
		if (!(scalar instanceof BigDecimal number)) {
			return null;
		}
		try {
			return number.longValueExact();
		} catch (ArithmeticException e) {
			return null;
		}
	}

	/** True for {@code true}; false for anything else. */
	public boolean isTrue() {
		return Boolean.TRUE.equals(scalar);
	}

	/**
	 * Hands each member no mapping read to {@code leftOut} with its path from here ({@code net[1].tap}); members read that
	 * hold objects or arrays are searched in turn, so a member read only to look at part of it does not hide the rest.
	 */
	public void unread(String path, BiConsumer<String, Json> leftOut) {
		if (members != null) {
			members.forEach((name, value) -> {
				String inner = path.isEmpty() ? name : path + "." + name;
				if (read.contains(name)) {
					value.unread(inner, leftOut);
				} else {
					leftOut.accept(inner, value);
				}
			});
		}
		if (items != null) {
			for (int i = 0; i < items.size(); i++) {
				items.get(i).unread(path + "[" + i + "]", leftOut);
			}
		}
	}

	/** Builds the tree from the token stream. */
	private static final class Reader {
		private final JsonParser parser;
		private final SourcePosition start;

		Reader(JsonParser parser, SourcePosition start) {
			this.parser = parser;
			this.start = start;
		}

		Json value() throws IOException {
			SourcePosition at = position(parser.currentTokenLocation());
			JsonToken token = parser.currentToken();
			switch (token) {
			case START_OBJECT: {
				Map<String, Json> members = new LinkedHashMap<>();
				while (parser.nextToken() == JsonToken.FIELD_NAME) {
					String name = parser.currentName();
					parser.nextToken();
					members.put(name, value());
				}
				return new Json(Kind.OBJECT, at, null, members, null);
			}
			case START_ARRAY: {
				List<Json> items = new ArrayList<>();
				while (parser.nextToken() != JsonToken.END_ARRAY) {
					items.add(value());
				}
				return new Json(Kind.ARRAY, at, null, null, items);
			}
			case VALUE_STRING:
				return new Json(Kind.STRING, at, parser.getText(), null, null);
			case VALUE_NUMBER_INT:
			case VALUE_NUMBER_FLOAT:
				return new Json(Kind.NUMBER, at, parser.getDecimalValue(), null, null);
			case VALUE_TRUE:
			case VALUE_FALSE:
				return new Json(Kind.BOOLEAN, at, token == JsonToken.VALUE_TRUE, null, null);
			default:
				return new Json(Kind.NULL, at, null, null, null);
			}
		}

		SourcePosition position(JsonLocation where) {
			return shift(start, where);
		}

		static SourcePosition shift(SourcePosition start, JsonLocation where) {
			int line = Math.max(1, where.getLineNr());
			int column = Math.max(1, where.getColumnNr());
			return line == 1 ? new SourcePosition(start.file(), start.line(), start.column() + column - 1)
					: new SourcePosition(start.file(), start.line() + line - 1, column);
		}
	}
}
