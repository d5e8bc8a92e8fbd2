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

	RequirementCatalog(String name, String specVersion, Map<String, Requirement> byId, List<String> sources) {
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
	 * How the entries were obtained, for every report: e.g. "AVP Studio AVPS 2.0 catalog (93 entries: 85
	 * reconstructed, 8 draft-wording); overrides: my-avps.csv".
	 */
	public String provenance() {
		Map<Evidence, Integer> counts = new LinkedHashMap<>();
		for (Requirement r : byId.values()) {
			counts.merge(r.evidence(), 1, Integer::sum);
		}
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
