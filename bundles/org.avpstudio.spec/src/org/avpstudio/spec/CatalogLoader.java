// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.spec.internal.CsvReader;
import org.avpstudio.spec.internal.CsvReader.MalformedCsv;
import org.avpstudio.spec.internal.CsvReader.Row;

/**
 * Loads the built-in AVPS 2.0 catalog and applies catalog files supplied by users who hold the official
 * text. A user file has the same columns (any subset, {@code id} required) plus an optional {@code action}
 * column: a row with a known id overrides the non-empty fields it gives, a new id adds an entry (all
 * columns then required), and {@code action=remove} drops an entry.
 */
public final class CatalogLoader {

	public static final String BUILT_IN = "/catalog/avps-2.0.csv";
	/** AVP Studio's own platform-integrity requirements ({@code AVP-CPU-1}, ...), loaded after the AVPS rows. */
	public static final String INTEGRITY = "/catalog/avp-integrity.csv";
	static final List<String> COLUMNS = List.of("id", "version", "chapter", "section_title", "level", "condition",
			"subject", "title", "summary", "virtio_ref", "verification", "guest_check", "manual_reason", "evidence",
			"evidence_note", "spec_ref", "spec_section", "draft_label", "read_at", "level_seen", "disputed_level");
	private static final String ACTION = "action";

	private CatalogLoader() {
	}

	/** The catalog shipped with AVP Studio. */
	public static RequirementCatalog builtIn() {
		Map<String, Requirement> entries = new LinkedHashMap<>();
		apply(entries, BUILT_IN);
		apply(entries, INTEGRITY);
		return new RequirementCatalog("AVP Studio AVPS 2.0 catalog with the platform integrity catalog", "2.0", entries,
				List.of("built-in avps-2.0.csv + avp-integrity.csv"), List.of());
	}

	/** The rows of a catalog shipped in this bundle; a missing or broken one is a build error, hence unchecked. */
	private static void apply(Map<String, Requirement> entries, String resource) {
		String file = resource.substring(resource.lastIndexOf('/') + 1);
		try (InputStream in = CatalogLoader.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("the built-in catalog " + resource + " is missing from the bundle");
			}
			int before = entries.size();
			String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			apply(entries, file + " (built-in)", text, false);
			if (entries.size() != before + CsvReader.parse(text).size() - 1) {
				throw new IllegalStateException("the built-in catalog " + file + " repeats an id of another built-in row");
			}
		} catch (IOException | CatalogException | MalformedCsv e) {
			throw new IllegalStateException("the built-in catalog cannot be read: " + e.getMessage(), e);
		}
	}

	/** The built-in catalog with the given user catalog files applied in order. */
	public static RequirementCatalog withOverrides(List<Path> files) throws CatalogException {
		RequirementCatalog base = builtIn();
		if (files.isEmpty()) {
			return base;
		}
		Map<String, Requirement> entries = new LinkedHashMap<>();
		base.requirements().forEach(r -> entries.put(r.id(), r));
		List<String> sources = new ArrayList<>(base.sources());
		List<String> notes = new ArrayList<>();
		for (Path file : files) {
			byte[] bytes;
			try {
				bytes = Files.readAllBytes(file);
			} catch (IOException e) {
				throw new CatalogException(file.toString(), 0, "", "cannot read the catalog file (" + e.getMessage() + ")",
						"Check the path and its permissions");
			}
			if (isReqIf(file)) {
				int overridden = new ReqIfCatalogReader(entries, mapping(file), notes).apply(file.toString(), bytes);
				sources.add(file.getFileName() + " (ReqIF, " + overridden + " entries)");
			} else {
				apply(entries, file.toString(), new String(bytes, StandardCharsets.UTF_8), true);
				sources.add(file.getFileName().toString());
			}
		}
		return new RequirementCatalog(base.name(), base.specVersion(), entries, sources, notes);
	}

	/** Whether a catalog file is read as ReqIF ({@code .reqif}, {@code .reqifz}) rather than CSV. */
	public static boolean isReqIf(Path file) {
		String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
		return name.endsWith(".reqif") || name.endsWith(".reqifz");
	}

	/** The mapping for a ReqIF catalog: the built-in one, changed by {@code <file>.mapping} when it exists. */
	public static CatalogMapping mapping(Path reqif) throws CatalogException {
		Path file = reqif.resolveSibling(reqif.getFileName() + ".mapping");
		if (!Files.isRegularFile(file)) {
			return CatalogMapping.defaults();
		}
		try {
			return CatalogMapping.parse(CatalogMapping.defaults(), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new CatalogException(file.toString(), 0, "", "cannot read the mapping file (" + e.getMessage() + ")",
					"Check its permissions");
		}
	}

	private static void apply(Map<String, Requirement> entries, String file, String text, boolean partial)
			throws CatalogException {
		List<Row> rows;
		try {
			rows = CsvReader.parse(text);
		} catch (MalformedCsv e) {
			throw new CatalogException(file, e.line, "", e.getMessage(), "Close the quote, or double a quote inside a quoted field");
		}
		if (rows.isEmpty()) {
			throw new CatalogException(file, 1, "", "the file is empty", "Start with a header line naming the columns, e.g. id,level");
		}
		List<String> header = rows.get(0).fields().stream().map(String::trim).toList();
		for (String column : header) {
			if (!COLUMNS.contains(column) && !ACTION.equals(column)) {
				throw new CatalogException(file, 1, column, "unknown column", "Use only " + String.join(", ", COLUMNS) + " and action");
			}
		}
		if (!header.contains("id")) {
			throw new CatalogException(file, 1, "id", "the header has no id column", "Add an id column: it says which requirement a row is about");
		}
		for (Row row : rows.subList(1, rows.size())) {
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < header.size(); i++) {
				values.put(header.get(i), i < row.fields().size() ? row.fields().get(i).trim() : "");
			}
			if (row.fields().size() > header.size()) {
				throw new CatalogException(file, row.line(), "", "the row has " + row.fields().size() + " fields but the header names "
						+ header.size(), "Quote fields that contain commas");
			}
			String id = values.get("id");
			if (id.isEmpty()) {
				throw new CatalogException(file, row.line(), "id", "the row has no id", "Give the catalog id, e.g. AVPS-2.0-RNG-1");
			}
			String action = values.getOrDefault(ACTION, "");
			if ("remove".equalsIgnoreCase(action)) {
				if (entries.remove(id) == null) {
					throw new CatalogException(file, row.line(), "id", "cannot remove " + id + ": no such entry", "Check the id");
				}
				continue;
			}
			if (!action.isEmpty()) {
				throw new CatalogException(file, row.line(), ACTION, "'" + action + "' is not an action", "Leave it empty or write remove");
			}
			Requirement existing = entries.get(id);
			if (existing == null && partial && !values.keySet().containsAll(COLUMNS.subList(0, 12))) {
				throw new CatalogException(file, row.line(), "id", id + " is a new entry but the file lacks columns for it",
						"A new entry needs at least id, version, chapter, section_title, level, condition, subject, title, summary, virtio_ref, verification and guest_check");
			}
			entries.put(id, merge(existing, values, file, row.line()));
		}
	}

	static Requirement merge(Requirement base, Map<String, String> v, String file, int line) throws CatalogException {
		String column = "";
		try {
			column = "level";
			RequirementLevel level = pick(v, column) != null ? RequirementLevel.parse(v.get(column)) : base.level();
			column = "verification";
			Verification verification = pick(v, column) != null ? Verification.parse(v.get(column)) : base.verification();
			column = "disputed_level";
			RequirementLevel disputed = pick(v, column) != null ? RequirementLevel.parse(v.get(column))
					: base != null && pick(v, "level") == null ? base.disputedLevel() : null; // a level given settles the dispute
			if (disputed == RequirementLevel.CONDITIONAL) {
				throw new IllegalArgumentException("conditional");
			}
			column = "evidence";
			Evidence evidence = pick(v, column) != null ? Evidence.parse(v.get(column))
					: base != null ? base.evidence() : Evidence.OFFICIAL;
			Requirement merged = new Requirement(v.get("id"), text(v, "version", base == null ? null : base.version()),
					text(v, "chapter", base == null ? null : base.chapter()),
					text(v, "section_title", base == null ? null : base.sectionTitle()), level,
					text(v, "condition", base == null ? "" : base.condition()), text(v, "subject", base == null ? null : base.subject()),
					text(v, "title", base == null ? null : base.title()), text(v, "summary", base == null ? null : base.summary()),
					text(v, "virtio_ref", base == null ? "" : base.virtioRef()), verification,
					text(v, "guest_check", base == null ? "" : base.guestCheck()),
					text(v, "manual_reason", base == null ? "" : base.manualReason()), evidence,
					text(v, "evidence_note", base == null ? "" : base.evidenceNote()),
					text(v, "spec_ref", base == null ? "" : base.specRef()),
					new SpecSource(text(v, "spec_section", base == null ? "" : base.source().section()),
							text(v, "draft_label", base == null ? "" : base.source().label()),
							text(v, "read_at", base == null ? "" : base.source().readAt()),
							text(v, "level_seen", base == null ? "" : base.source().levelSeen())),
					disputed);
			if (merged.level() == RequirementLevel.CONDITIONAL && merged.condition().isEmpty()) {
				throw new CatalogException(file, line, "condition", "a CONDITIONAL entry needs a condition",
						"Say when it applies and its level then, e.g. 'if vsock is offered then MUST'");
			}
			if (merged.verification() == Verification.MANUAL && merged.manualReason().isEmpty()) {
				throw new CatalogException(file, line, "manual_reason", "a MANUAL entry needs a reason",
						"Say why a model or guest check cannot decide it");
			}
			return merged;
		} catch (IllegalArgumentException e) {
			throw new CatalogException(file, line, column, "'" + v.get(column) + "' is not a valid " + column,
					switch (column) {
					case "level" -> "Use MUST, SHOULD, MAY or CONDITIONAL";
					case "disputed_level" -> "Use MUST, SHOULD or MAY: the level another source gives, or leave it empty";
					case "verification" -> "Use STATIC, GUEST, STATIC+GUEST or MANUAL";
					default -> "Use official, draft-wording or reconstructed";
					});
		}
	}

	private static String pick(Map<String, String> values, String column) {
		String value = values.get(column);
		return value == null || value.isEmpty() ? null : value;
	}

	private static String text(Map<String, String> values, String column, String fallback) {
		String value = pick(values, column);
		return value != null ? value : fallback == null ? "" : fallback;
	}
}
