// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a catalog: requirements added, removed, and changed in level, text or
 * section (and in provenance or verification, which change what a verdict rests on).
 */
public final class CatalogDiff {

	public enum Kind {
		ADDED, REMOVED, CHANGED;

		public String label() {
			return name().toLowerCase(java.util.Locale.ROOT);
		}
	}

	/** One field of a changed requirement. */
	public record FieldChange(String field, String before, String after) {
		@Override
		public String toString() {
			return field + " '" + before + "' → '" + after + "'";
		}
	}

	/** One requirement: added ({@code before} null), removed ({@code after} null) or changed. */
	public record Change(Kind kind, String id, Requirement before, Requirement after, List<FieldChange> fields) {
		/** e.g. "level MAY → MUST; summary changed". */
		public String describe() {
			return switch (kind) {
			case ADDED -> "added (" + after.levelText() + ", §" + after.chapter() + ")";
			case REMOVED -> "removed (was " + before.levelText() + ", §" + before.chapter() + ")";
			case CHANGED -> String.join("; ", fields.stream().map(f -> f.field().equals("summary") || f.field().equals("title")
					? f.field() + " changed" : f.field() + " " + shown(f.before()) + " → " + shown(f.after())).toList());
			};
		}
	}

	/** A value as a change list shows it: an empty one as "(none)". */
	private static String shown(String value) {
		return value == null || value.isEmpty() ? "(none)" : value;
	}

	private static final Map<String, Function<Requirement, String>> FIELDS = new LinkedHashMap<>();
	static {
		FIELDS.put("level", Requirement::levelText);
		FIELDS.put("condition", Requirement::condition);
		FIELDS.put("section", Requirement::chapter);
		FIELDS.put("section title", Requirement::sectionTitle);
		FIELDS.put("title", Requirement::title);
		FIELDS.put("summary", Requirement::summary);
		FIELDS.put("verification", r -> r.verification().label());
		FIELDS.put("provenance", r -> r.evidence().label());
		FIELDS.put("spec reference", Requirement::specRef);
	}

	private final List<Change> changes;

	private CatalogDiff(List<Change> changes) {
		this.changes = List.copyOf(changes);
	}

	public static CatalogDiff between(RequirementCatalog before, RequirementCatalog after) {
		List<Change> changes = new ArrayList<>();
		for (Requirement old : before.requirements()) {
			Requirement now = after.find(old.id()).orElse(null);
			if (now == null) {
				changes.add(new Change(Kind.REMOVED, old.id(), old, null, List.of()));
				continue;
			}
			List<FieldChange> fields = new ArrayList<>();
			FIELDS.forEach((name, field) -> {
				if (!Objects.equals(field.apply(old), field.apply(now))) {
					fields.add(new FieldChange(name, field.apply(old), field.apply(now)));
				}
			});
			if (!fields.isEmpty()) {
				changes.add(new Change(Kind.CHANGED, old.id(), old, now, fields));
			}
		}
		for (Requirement now : after.requirements()) {
			if (before.find(now.id()).isEmpty()) {
				changes.add(new Change(Kind.ADDED, now.id(), null, now, List.of()));
			}
		}
		return new CatalogDiff(changes);
	}

	public List<Change> changes() {
		return changes;
	}

	public boolean isEmpty() {
		return changes.isEmpty();
	}

	/** The change to one requirement, if it changed. */
	public java.util.Optional<Change> of(String id) {
		return changes.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	public long count(Kind kind) {
		return changes.stream().filter(c -> c.kind() == kind).count();
	}
}
