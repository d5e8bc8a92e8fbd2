// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.importer.internal.Json;

/**
 * The component schemas of Cloud Hypervisor's OpenAPI document (its {@code components: schemas:} section, read by its
 * fixed indentation: the corpus file, not a general YAML reader), enough to check a JSON body against one component:
 * members it names, their types ({@code type:} or {@code $ref:}, array items), required members and string enums.
 */
final class OpenApiSchema {

	/** A member's type: a JSON type name or a component, and for arrays the item's. */
	record Type(String type, String ref, String itemType, String itemRef) {
	}

	/** One component: its properties, required members and, for a string enum, the values. */
	record Component(Map<String, Type> properties, List<String> required, List<String> values) {
	}

	private static final Pattern COMPONENT = Pattern.compile("^    (\\w+):\\s*$");
	private static final Pattern PROPERTY = Pattern.compile("^        (\\w+):\\s*$");
	private static final Pattern REQUIRED = Pattern.compile("^        - (\\w+)\\s*$");
	private static final Pattern TYPE = Pattern.compile("^          type: (\\w+)");
	private static final Pattern REF = Pattern.compile("^          \\$ref: [\"']#/components/schemas/(\\w+)[\"']");
	private static final Pattern ITEM_TYPE = Pattern.compile("^            type: (\\w+)");
	private static final Pattern ITEM_REF = Pattern.compile("^            \\$ref: [\"']#/components/schemas/(\\w+)[\"']");
	private static final Pattern ENUM = Pattern.compile("^      enum: \\[(.*)\\]");

	private final Map<String, Component> components = new LinkedHashMap<>();

	OpenApiSchema(Path yaml) throws IOException {
		boolean inSchemas = false;
		String component = null;
		String section = null;
		String property = null;
		Map<String, String[]> types = null;
		for (String line : Files.readAllLines(yaml)) {
			if (line.equals("  schemas:")) {
				inSchemas = true;
				continue;
			}
			if (!inSchemas) {
				continue;
			}
			Matcher m;
			if ((m = COMPONENT.matcher(line)).matches()) {
				component = m.group(1);
				components.put(component, new Component(new LinkedHashMap<>(), new ArrayList<>(), new ArrayList<>()));
				types = new LinkedHashMap<>();
				section = null;
				property = null;
			} else if (component == null) {
				continue;
			} else if (line.startsWith("      ") && !line.startsWith("       ")) {
				section = line.trim();
				property = null;
				if ((m = ENUM.matcher(line)).matches()) {
					for (String value : m.group(1).split(",")) {
						components.get(component).values().add(value.trim().replace("\"", ""));
					}
				}
			} else if ("required:".equals(section) && (m = REQUIRED.matcher(line)).matches()) {
				components.get(component).required().add(m.group(1));
			} else if ("properties:".equals(section)) {
				if ((m = PROPERTY.matcher(line)).matches()) {
					property = m.group(1);
					components.get(component).properties().put(property, new Type(null, null, null, null));
				} else if (property != null) {
					Type t = components.get(component).properties().get(property);
					if ((m = TYPE.matcher(line)).find() && t.type() == null) {
						t = new Type(m.group(1), t.ref(), t.itemType(), t.itemRef());
					} else if ((m = REF.matcher(line)).find()) {
						t = new Type(t.type(), m.group(1), t.itemType(), t.itemRef());
					} else if ((m = ITEM_TYPE.matcher(line)).find() && t.itemType() == null) {
						t = new Type(t.type(), t.ref(), m.group(1), t.itemRef());
					} else if ((m = ITEM_REF.matcher(line)).find()) {
						t = new Type(t.type(), t.ref(), t.itemType(), m.group(1));
					}
					components.get(component).properties().put(property, t);
				}
			}
		}
	}

	Component component(String name) {
		return components.get(name);
	}

	/** What is wrong with {@code value} as a {@code component} (empty when it validates). */
	List<String> check(Json value, String component) {
		List<String> problems = new ArrayList<>();
		check(value, component, component, problems);
		return problems;
	}

	private void check(Json value, String component, String path, List<String> problems) {
		Component schema = components.get(component);
		if (schema == null) {
			problems.add(path + ": no component " + component + " in the schema");
			return;
		}
		if (!schema.values().isEmpty()) {
			if (value.kind() != Json.Kind.STRING || !schema.values().contains(value.text())) {
				problems.add(path + ": " + value.text() + " is not one of " + schema.values());
			}
			return;
		}
		if (value.kind() != Json.Kind.OBJECT) {
			problems.add(path + ": an object expected");
			return;
		}
		for (String required : schema.required()) {
			if (!value.members().containsKey(required)) {
				problems.add(path + ": required member '" + required + "' missing");
			}
		}
		value.members().forEach((name, member) -> {
			Type type = schema.properties().get(name);
			if (type == null) {
				problems.add(path + "." + name + ": not a member of " + component);
			} else if (type.ref() != null) {
				check(member, type.ref(), path + "." + name, problems);
			} else if ("array".equals(type.type())) {
				if (member.kind() != Json.Kind.ARRAY) {
					problems.add(path + "." + name + ": an array expected");
				} else {
					for (int i = 0; i < member.items().size(); i++) {
						Json item = member.items().get(i);
						if (type.itemRef() != null) {
							check(item, type.itemRef(), path + "." + name + "[" + i + "]", problems);
						} else {
							scalar(item, type.itemType(), path + "." + name + "[" + i + "]", problems);
						}
					}
				}
			} else {
				scalar(member, type.type(), path + "." + name, problems);
			}
		});
	}

	private static void scalar(Json value, String type, String path, List<String> problems) {
		boolean ok = switch (String.valueOf(type)) {
		case "integer" -> value.kind() == Json.Kind.NUMBER && value.longValue() != null;
		case "boolean" -> value.kind() == Json.Kind.BOOLEAN;
		case "string" -> value.kind() == Json.Kind.STRING;
		case "object" -> value.kind() == Json.Kind.OBJECT;
		default -> false;
		};
		if (!ok) {
			problems.add(path + ": " + value.kind() + " is not of type " + type);
		}
	}
}
