package org.avpstudio.generator.report;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Json;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.Finding;

/** SARIF 2.1.0: one run, rule metadata from the catalog, one result per open or waived finding with its location. */
public final class SarifReport {

	private SarifReport() {
	}

	public static String render(ComplianceReport report) {
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
		for (Finding f : report.result().findings()) {
			SourceLocation at = report.locate(f);
			Json location = Json.object().put("physicalLocation", Json.object()
					.put("artifactLocation", Json.object().put("uri", at.file()))
					.put("region", Json.object().put("startLine", Math.max(1, at.line())).put("startColumn", Math.max(1, at.column()))));
			String provenance = report.result().catalog().find(f.requirementId()).map(r -> r.evidence().label()).orElse("");
			Json result = Json.object().put("ruleId", f.requirementId())
					.put("level", switch (f.severity()) {
					case ERROR -> "error";
					case WARNING -> "warning";
					default -> "note";
					}).put("message", Json.object().put("text", f.message() + ". Fix: " + f.fixHint()))
					.put("locations", new Raw("[" + location + "]")).put("properties", Json.object().put("provenance", provenance));
			if (!f.isOpen()) {
				result.put("suppressions", new Raw("[" + Json.object().put("kind", "external").put("justification", f.justification()) + "]"));
			}
			results.add(result.toString());
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
