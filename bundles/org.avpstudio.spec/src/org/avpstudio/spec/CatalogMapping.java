// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a ReqIF document's attributes become catalog columns. A mapping file ({@code key = value} lines, {@code #}
 * comments) changes the built-in defaults, which cover the attribute names requirements tools write
 * ({@code ReqIF.ForeignID}, {@code ReqIF.Name}, {@code ReqIF.Text}) and AVP Studio's own ReqIF export:
 * <pre>
 * attribute.id = Object Identifier          # attribute names to look in, first present wins
 * attribute.level = Obligation
 * level.MUST = shall, must, mandatory       # values (any case) that mean a level
 * id.REQ-2.13-1 = AVPS-2.0-WDT-1            # a document identifier -> the catalog id it is about
 * </pre>
 * Nothing is guessed: an identifier that is neither a catalog id nor mapped, or a level word the mapping does not
 * name, is reported, not matched by similarity.
 */
public final class CatalogMapping {

	/** Where the defaults live in the bundle. */
	public static final String DEFAULTS = "/catalog/reqif-default.mapping";

	private final Map<String, List<String>> attributes;
	private final Map<RequirementLevel, List<String>> levelWords;
	private final Map<String, String> ids;
	private final String source;

	private CatalogMapping(String source, Map<String, List<String>> attributes, Map<RequirementLevel, List<String>> levelWords,
			Map<String, String> ids) {
		this.source = source;
		this.attributes = attributes;
		this.levelWords = levelWords;
		this.ids = ids;
	}

	/** The built-in mapping. */
	public static CatalogMapping defaults() {
		try (InputStream in = CatalogMapping.class.getResourceAsStream(DEFAULTS)) {
			if (in == null) {
				throw new IllegalStateException("the built-in mapping " + DEFAULTS + " is missing from the bundle");
			}
			return parse(null, "built-in reqif-default.mapping", new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException | CatalogException e) {
			throw new IllegalStateException("the built-in ReqIF mapping cannot be read: " + e.getMessage(), e);
		}
	}

	/** {@code text} (a mapping file named {@code file}) applied over {@code base}; the defaults when base is null. */
	public static CatalogMapping parse(CatalogMapping base, String file, String text) throws CatalogException {
		Map<String, List<String>> attributes = new LinkedHashMap<>(base == null ? Map.of() : base.attributes);
		Map<RequirementLevel, List<String>> levels = new EnumMap<>(RequirementLevel.class);
		if (base != null) {
			levels.putAll(base.levelWords);
		}
		Map<String, String> ids = new LinkedHashMap<>(base == null ? Map.of() : base.ids);
		String[] lines = text.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].replaceFirst("\\s+#.*$", "").strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq < 0) {
				throw new CatalogException(file, i + 1, "", "expected 'key = value', found '" + line + "'",
						"Keys are attribute.<column>, level.<MUST|SHOULD|MAY|CONDITIONAL> and id.<identifier in the document>");
			}
			String key = line.substring(0, eq).strip();
			String value = line.substring(eq + 1).strip();
			if (key.startsWith("attribute.")) {
				String column = key.substring("attribute.".length());
				if (!CatalogLoader.COLUMNS.contains(column)) {
					throw new CatalogException(file, i + 1, "", "'" + column + "' is not a catalog column",
							"Use one of " + String.join(", ", CatalogLoader.COLUMNS));
				}
				attributes.put(column, list(value));
			} else if (key.startsWith("level.")) {
				try {
					levels.put(RequirementLevel.parse(key.substring("level.".length())), list(value.toLowerCase(Locale.ROOT)));
				} catch (IllegalArgumentException e) {
					throw new CatalogException(file, i + 1, "", e.getMessage(), "Write level.MUST = shall, must for example");
				}
			} else if (key.startsWith("id.") && key.length() > 3) {
				if (value.isEmpty()) {
					throw new CatalogException(file, i + 1, "", key + " maps to nothing", "Give the catalog id, e.g. AVPS-2.0-WDT-1");
				}
				ids.put(key.substring(3), value);
			} else {
				throw new CatalogException(file, i + 1, "", "unknown key '" + key + "'",
						"Keys are attribute.<column>, level.<MUST|SHOULD|MAY|CONDITIONAL> and id.<identifier in the document>");
			}
		}
		return new CatalogMapping(file, attributes, levels, ids);
	}

	private static List<String> list(String value) {
		List<String> items = new ArrayList<>();
		for (String item : value.split(",")) {
			if (!item.isBlank()) {
				items.add(item.strip());
			}
		}
		return List.copyOf(items);
	}

	/** The attribute names a column is read from, in order of preference. */
	public List<String> attributesFor(String column) {
		return attributes.getOrDefault(column, List.of());
	}

	/** The columns this mapping reads. */
	public List<String> columns() {
		return List.copyOf(attributes.keySet());
	}

	/** The level a value means, if the mapping names it (case and surrounding space ignored). */
	public Optional<RequirementLevel> level(String value) {
		String word = value.strip().toLowerCase(Locale.ROOT);
		for (Map.Entry<RequirementLevel, List<String>> e : levelWords.entrySet()) {
			if (e.getValue().contains(word)) {
				return Optional.of(e.getKey());
			}
		}
		return Optional.empty();
	}

	/** The catalog id a document identifier is mapped to by an {@code id.} line. */
	public Optional<String> catalogId(String documentId) {
		return Optional.ofNullable(ids.get(documentId));
	}

	/** The file the mapping was last read from. */
	public String source() {
		return source;
	}
}
