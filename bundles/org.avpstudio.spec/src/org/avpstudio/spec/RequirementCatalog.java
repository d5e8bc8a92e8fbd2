// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The AVPS requirements AVP Studio checks against, in document order, with where they came from. Immutable;
 * obtain it from {@link CatalogLoader}.
 */
public final class RequirementCatalog {

	private final String name;
	private final String specVersion;
	private final Map<String, Requirement> byId;
	private final List<String> sources;
	private final List<String> notes;

	RequirementCatalog(String name, String specVersion, Map<String, Requirement> byId, List<String> sources, List<String> notes) {
		this.notes = List.copyOf(notes);
		this.name = name;
		this.specVersion = specVersion;
		this.byId = Collections.unmodifiableMap(new LinkedHashMap<>(byId));
		this.sources = List.copyOf(sources);
	}

	public String name() {
		return name;
	}

	public String specVersion() {
		return specVersion;
	}

	public Collection<Requirement> requirements() {
		return byId.values();
	}

	public Optional<Requirement> find(String id) {
		return Optional.ofNullable(byId.get(id));
	}

	public int size() {
		return byId.size();
	}

	/** The files the catalog was built from, built-in first, then user overrides in the order applied. */
	public List<String> sources() {
		return sources;
	}

	/**
	 * What a user catalog held that could not be used, one line each ({@code file:line:column: SPEC-OBJECT id why}):
	 * front ends show these when they load the catalog.
	 */
	public List<String> notes() {
		return notes;
	}

	/** How many entries have each provenance. */
	public Map<Evidence, Integer> provenanceCounts() {
		Map<Evidence, Integer> counts = new java.util.EnumMap<>(Evidence.class);
		for (Requirement r : byId.values()) {
			counts.merge(r.evidence(), 1, Integer::sum);
		}
		return counts;
	}

	/** The entries whose sources disagree on the level. */
	public List<Requirement> disputed() {
		return byId.values().stream().filter(Requirement::disputed).toList();
	}

	/**
	 * How the entries were obtained, for every report: e.g. "AVP Studio AVPS 2.0 catalog (104 entries: 19 draft-wording, 85
	 * reconstructed); overrides: my-avps.csv".
	 */
	public String provenance() {
		Map<Evidence, Integer> counts = provenanceCounts();
		StringBuilder text = new StringBuilder(name).append(" (").append(byId.size()).append(" entries: ");
		String separator = "";
		for (Map.Entry<Evidence, Integer> e : counts.entrySet()) {
			text.append(separator).append(e.getValue()).append(' ').append(e.getKey().label());
			separator = ", ";
		}
		text.append(')');
		if (sources.size() > 1) {
			text.append("; user overrides applied from ").append(String.join(", ", sources.subList(1, sources.size())));
		}
		if (counts.keySet().stream().anyMatch(e -> e != Evidence.OFFICIAL)) {
			text.append(". Levels of reconstructed entries may differ from the official AVPS text.");
		}
		return text.toString();
	}
}
