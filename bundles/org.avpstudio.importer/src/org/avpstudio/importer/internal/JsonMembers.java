// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.List;

import org.avpstudio.importer.ImportException;

/**
 * Typed reads of one JSON object's members, each marked read ({@link Json#member}); a member of the wrong type or out
 * of range is an {@link ImportException} at its {@code file:line:column}, named by its path ({@code disks[0].readonly}).
 */
final class JsonMembers {

	private final Json object;
	private final String path;

	JsonMembers(Json object, String path) {
		this.object = object;
		this.path = path;
	}

	/** {@code value} as an object to read members of; an error when it is another kind. */
	static JsonMembers of(Json value, String path) throws ImportException {
		if (value.kind() != Json.Kind.OBJECT) {
			throw new ImportException(value.at().exact() + ": '" + (path.isEmpty() ? "VmConfig" : path) + "' takes an object { ... }, found " + kind(value));
		}
		return new JsonMembers(value, path);
	}

	Json json() {
		return object;
	}

	String path(String member) {
		return path.isEmpty() ? member : path + "." + member;
	}

	boolean has(String member) {
		return object.members().containsKey(member);
	}

	/** The member (marked read) or null; JSON null counts as absent, as serde reads it for an optional member. */
	Json get(String member) {
		Json value = object.member(member);
		return value == null || value.kind() == Json.Kind.NULL ? null : value;
	}

	String string(String member) throws ImportException {
		Json value = get(member);
		if (value == null) {
			return null;
		}
		if (value.kind() != Json.Kind.STRING) {
			throw new ImportException(value.at().exact() + ": '" + path(member) + "' takes a string, found " + kind(value));
		}
		return value.text();
	}

	boolean bool(String member, boolean otherwise) throws ImportException {
		Json value = get(member);
		if (value == null) {
			return otherwise;
		}
		if (value.kind() != Json.Kind.BOOLEAN) {
			throw new ImportException(value.at().exact() + ": '" + path(member) + "' takes true or false, found " + kind(value));
		}
		return value.isTrue();
	}

	/** A whole number in {@code [min, max]}, or null when absent. */
	Long integer(String member, long min, long max) throws ImportException {
		Json value = get(member);
		return value == null ? null : integer(value, path(member), min, max);
	}

	static long integer(Json value, String path, long min, long max) throws ImportException {
		if (value.kind() != Json.Kind.NUMBER) {
			throw new ImportException(value.at().exact() + ": '" + path + "' takes a whole number, found " + kind(value));
		}
		Long number = value.longValue();
		if (number == null || number < min || number > max) {
			throw new ImportException(value.at().exact() + ": '" + path + "' is " + value.text() + "; it takes a whole number from " + min + " to " + max);
		}
		return number;
	}

	JsonMembers object(String member) throws ImportException {
		Json value = get(member);
		return value == null ? null : of(value, path(member));
	}

	List<Json> array(String member) throws ImportException {
		Json value = get(member);
		if (value == null) {
			return List.of();
		}
		if (value.kind() != Json.Kind.ARRAY) {
			throw new ImportException(value.at().exact() + ": '" + path(member) + "' takes an array [ ... ], found " + kind(value));
		}
		return value.items();
	}

	static String kind(Json value) {
		return switch (value.kind()) {
		case STRING -> "the string \"" + value.text() + "\"";
		case NUMBER, BOOLEAN -> value.text();
		case NULL -> "null";
		case OBJECT -> "an object";
		case ARRAY -> "an array";
		};
	}
}
