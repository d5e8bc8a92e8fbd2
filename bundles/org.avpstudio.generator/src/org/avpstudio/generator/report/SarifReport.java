// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Json;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.Finding;

/**
 * SARIF 2.1.0: one run, rule metadata from the catalog, one result per open or waived finding with its location and
 * a line-independent fingerprint ({@code partialFingerprints."avpElement/v1"}, see {@link Fingerprints}); given a
 * {@link Baseline.Comparison}, each result carries its {@code baselineState} and the baseline's findings that are
 * gone follow as results in state {@code absent}.
 */
public final class SarifReport {

	private SarifReport() {
	}

	public static String render(ComplianceReport report) {
		return render(report, null);
	}

	/** The SARIF level of a finding. */
	public static String level(Finding f) {
		return switch (f.severity()) {
		case ERROR -> "error";
		case WARNING -> "warning";
		default -> "note";
		};
	}

	/** The result's message text. */
	public static String messageText(Finding f) {
		return f.message() + ". Fix: " + f.fixHint();
	}

	/** With {@code baseline} (may be null): {@code baselineState} on every result, and the absent findings. */
	public static String render(ComplianceReport report, Baseline.Comparison baseline) {
		List<String> rules = new ArrayList<>();
		for (Requirement r : report.result().catalog().requirements()) {
			rules.add(Json.object().put("id", r.id()).put("name", r.title().replaceAll("[^A-Za-z0-9]+", ""))
					.put("shortDescription", Json.object().put("text", r.title()))
					.put("fullDescription", Json.object().put("text", r.summary()))
					.put("properties", Json.object().put("level", r.levelText()).put("section", r.citation())
							.put("evidence", r.evidence().label()).put("provenance", r.evidence().label())
							.put("source", r.source().describe()).put("verification", r.verification().label()))
					.toString());
		}
		List<String> results = new ArrayList<>();
		java.util.Map<Finding, String> fingerprints = Fingerprints.of(report.result().findings());
		for (Finding f : report.result().findings()) {
			SourceLocation at = report.locate(f);
			Json location = Json.object().put("physicalLocation", Json.object()
					.put("artifactLocation", Json.object().put("uri", at.file()))
					.put("region", Json.object().put("startLine", Math.max(1, at.line())).put("startColumn", Math.max(1, at.column()))));
			String provenance = report.result().catalog().find(f.requirementId()).map(r -> r.evidence().label()).orElse("");
			Json result = Json.object().put("ruleId", f.requirementId()).put("level", level(f))
					.put("message", Json.object().put("text", messageText(f)))
					.put("locations", new Raw("[" + location + "]"))
					.put("partialFingerprints", Json.object().put(Fingerprints.KEY, fingerprints.get(f)))
					.put("properties", Json.object().put("provenance", provenance));
			if (baseline != null) {
				result.put("baselineState", baseline.stateOf(f).sarif());
			}
			if (!f.isOpen()) {
				result.put("suppressions", new Raw("[" + Json.object().put("kind", "external").put("justification", f.justification()) + "]"));
			}
			results.add(result.toString());
		}
		if (baseline != null) {
			for (Baseline.Compared gone : baseline.absent()) {
				Baseline.Entry e = gone.before();
				Json result = Json.object().put("ruleId", e.ruleId()).put("level", e.level()).put("message", Json.object().put("text", e.message()));
				if (!e.file().isEmpty()) {
					result.put("locations", new Raw("[" + Json.object().put("physicalLocation", Json.object()
							.put("artifactLocation", Json.object().put("uri", e.file()))
							.put("region", Json.object().put("startLine", Math.max(1, e.line())))) + "]"));
				}
				if (e.fingerprint() != null) {
					result.put("partialFingerprints", Json.object().put(Fingerprints.KEY, e.fingerprint()));
				}
				results.add(result.put("baselineState", "absent").toString());
			}
		}
		String version = GenerationContext.GENERATOR_VERSION.substring(GenerationContext.GENERATOR_VERSION.lastIndexOf(' ') + 1);
		Json driver = Json.object().put("name", "AVP Studio").put("version", version).put("semanticVersion", version)
				.put("informationUri", "https://github.com/avpstudio").put("rules", new Raw("[" + String.join(",", rules) + "]"));
		Json run = Json.object().put("tool", Json.object().put("driver", driver)).put("results", new Raw("[" + String.join(",", results) + "]"))
				.put("properties", Json.object().put("catalog", report.result().catalog().provenance()).put("profile", report.result().profile().name()));
		return Json.object().put("$schema", "https://json.schemastore.org/sarif-2.1.0.json").put("version", "2.1.0")
				.put("runs", new Raw("[" + run + "]")).toString() + "\n";
	}

	/** Already serialized JSON. */
	private record Raw(String json) {
		@Override
		public String toString() {
			return json;
		}
	}
}
