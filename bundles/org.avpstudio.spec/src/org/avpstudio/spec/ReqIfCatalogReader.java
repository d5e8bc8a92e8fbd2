// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.avpstudio.spec.internal.ReqIfDocument;
import org.avpstudio.spec.internal.ReqIfDocument.SpecObject;

/**
 * Applies a ReqIF document as a catalog override: each SPEC-OBJECT whose identifier attribute names a catalog entry
 * (directly, or through an {@code id.} line of the mapping) overrides the columns the mapping finds values for, and
 * counts as {@link Evidence#OFFICIAL} unless it states its provenance. Every object that cannot be used is noted
 * with its SPEC-OBJECT identifier, where it is written and why; nothing is matched by guess.
 */
final class ReqIfCatalogReader {

	private final Map<String, Requirement> entries;
	private final CatalogMapping mapping;
	private final List<String> notes;

	ReqIfCatalogReader(Map<String, Requirement> entries, CatalogMapping mapping, List<String> notes) {
		this.entries = entries;
		this.mapping = mapping;
		this.notes = notes;
	}

	/** Applies the document {@code file}; returns how many entries it overrode. */
	int apply(String file, byte[] bytes) throws CatalogException {
		ReqIfDocument document;
		try {
			document = ReqIfDocument.read(file, bytes);
		} catch (ReqIfDocument.Malformed e) {
			throw new CatalogException(e.getMessage());
		}
		Map<String, SpecObject> matched = new LinkedHashMap<>();
		for (SpecObject object : document.objects()) {
			Optional<String> documentId = first(object, "id");
			if (documentId.isEmpty()) {
				note(object, "has no identifier attribute (looked for " + String.join(", ", mapping.attributesFor("id"))
						+ "); headings and notes have none — map requirements with attribute.id in the mapping file");
				continue;
			}
			String id = mapping.catalogId(documentId.get()).orElse(documentId.get());
			if (!entries.containsKey(id)) {
				note(object, "'" + documentId.get() + "' is not a catalog id; if it is one of the catalog's requirements, add a line id."
						+ documentId.get() + " = <catalog id> to the mapping file");
				continue;
			}
			SpecObject earlier = matched.putIfAbsent(id, object);
			if (earlier != null) {
				note(object, "is about " + id + " too, which SPEC-OBJECT " + earlier.identifier() + " (" + earlier.where()
						+ ") already overrides; left out");
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			values.put("id", id);
			for (String column : mapping.columns()) {
				if (column.equals("id")) {
					continue;
				}
				first(object, column).ifPresent(value -> values.put(column, value));
			}
			String level = values.get("level");
			if (level != null) {
				Optional<RequirementLevel> known = mapping.level(level);
				if (known.isEmpty()) {
					note(object, "level '" + level + "' is none of the mapping's level words; the catalog level of " + id
							+ " is kept — add the word to a level.<LEVEL> line of the mapping file");
					values.remove("level");
				} else {
					values.put("level", known.get().name());
				}
			}
			values.put("evidence", evidence(values.get("evidence")).label());
			if (!documentId.get().equals(id) && !values.containsKey("spec_ref")) {
				values.put("spec_ref", documentId.get());
			}
			entries.put(id, CatalogLoader.merge(entries.get(id), values, object.file(), object.line()));
		}
		return matched.size();
	}

	/** A provenance the document states (our own export writes it), otherwise official: it comes from the user. */
	private static Evidence evidence(String stated) {
		if (stated != null) {
			try {
				return Evidence.parse(stated.replaceFirst(":.*$", ""));
			} catch (IllegalArgumentException e) {
				// a tool's own wording: the entry still comes from the user's document
			}
		}
		return Evidence.OFFICIAL;
	}

	private Optional<String> first(SpecObject object, String column) {
		for (String attribute : mapping.attributesFor(column)) {
			String value = object.values().get(attribute);
			if (value != null && !value.isBlank()) {
				return Optional.of(value.strip());
			}
		}
		return Optional.empty();
	}

	private void note(SpecObject object, String why) {
		notes.add(object.where() + ": SPEC-OBJECT " + object.identifier() + " " + why);
	}
}
