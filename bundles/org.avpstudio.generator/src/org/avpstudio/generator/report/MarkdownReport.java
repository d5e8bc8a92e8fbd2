// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.RequirementStatus;

/**
 * A Markdown summary for merge-request comments: totals, open findings with locations, waivers. Given a
 * {@link Baseline.Comparison}, what changed against the baseline comes first (new, updated, fixed or gone) and the
 * open findings are marked new or unchanged.
 */
public final class MarkdownReport {

	private MarkdownReport() {
	}

	public static String render(ComplianceReport report) {
		return render(report, null);
	}

	/** With {@code baseline} (may be null): the changes against it first. */
	public static String render(ComplianceReport report, Baseline.Comparison baseline) {
		StringBuilder md = new StringBuilder("## AVPS compliance of `").append(report.modelName()).append("`\n\n");
		if (baseline != null) {
			changes(md, report, baseline);
		}
		Map<RequirementStatus, Integer> totals = new TreeMap<>();
		report.rows().forEach(r -> totals.merge(r.status(), 1, Integer::sum));
		md.append("| status | requirement × VM |\n|---|---|\n");
		totals.forEach((status, count) -> md.append("| ").append(status.label()).append(" | ").append(count).append(" |\n"));
		List<Finding> open = report.result().openFindings().stream()
				.sorted(Comparator.comparing(f -> f.severity().ordinal())).toList();
		md.append("\n### Open findings (").append(open.size()).append(")\n\n");
		if (!open.isEmpty()) {
			md.append(baseline == null ? "" : "| since baseline ").append("| severity | requirement | where | finding | fix |\n")
					.append(baseline == null ? "" : "|---").append("|---|---|---|---|---|\n");
			for (Finding f : open) {
				SourceLocation at = report.locate(f);
				if (baseline != null) {
					md.append("| ").append(baseline.stateOf(f).sarif()).append(' ');
				}
				md.append("| ").append(f.severity().label()).append(" | ").append(f.requirementId()).append(report.result().catalog()
						.find(f.requirementId()).map(r -> " (" + r.evidence().label() + ")").orElse("")).append(" | ")
						.append(cell(fileName(at.file()) + ":" + at.line())).append(" | ").append(cell(f.message())).append(" | ")
						.append(cell(f.fixHint())).append(" |\n");
			}
		}
		List<Finding> waived = report.result().findings().stream().filter(f -> !f.isOpen()).toList();
		if (!waived.isEmpty()) {
			md.append("\n### Waived (").append(waived.size()).append(")\n\n");
			waived.forEach(f -> md.append("- ").append(f.requirementId()).append(": ").append(cell(f.justification())).append('\n'));
		}
		provenance(md, report);
		catalogChanges(md, report);
		md.append("\n<sub>Profile ").append(report.result().profile().name()).append(". ").append(cell(report.result().catalog().provenance()))
				.append(" ").append(GenerationContext.GENERATOR_VERSION).append(".</sub>\n");
		return md.toString();
	}

	/** Verdicts per provenance, so a reader sees how much rests on official text. */
	private static void provenance(StringBuilder md, ComplianceReport report) {
		Map<org.avpstudio.spec.Evidence, Integer> all = new TreeMap<>();
		Map<org.avpstudio.spec.Evidence, Integer> failing = new TreeMap<>();
		report.rows().forEach(r -> {
			all.merge(r.requirement().evidence(), 1, Integer::sum);
			if (r.status() == RequirementStatus.FAIL) {
				failing.merge(r.requirement().evidence(), 1, Integer::sum);
			}
		});
		md.append("\n### What the verdicts rest on\n\n| provenance | requirement × VM | fail |\n|---|---|---|\n");
		all.forEach((e, n) -> md.append("| ").append(e.label()).append(" | ").append(n).append(" | ").append(failing.getOrDefault(e, 0)).append(" |\n"));
		List<org.avpstudio.spec.Requirement> disputed = report.result().catalog().disputed();
		if (!disputed.isEmpty()) {
			md.append("\nDisputed levels: ").append(String.join(", ", disputed.stream().map(r -> r.id() + " " + r.levelText()).toList()))
					.append(report.result().profile().stricterWhenDisputed() ? " (the stricter applies)." : " (the catalog's applies).").append('\n');
		}
	}

	private static void catalogChanges(StringBuilder md, ComplianceReport report) {
		if (report.previousCatalog().isEmpty()) {
			return;
		}
		List<ComplianceReport.VerdictChange> changes = report.verdictChanges();
		md.append("\n### Verdicts changed by the catalog (").append(changes.size()).append(")\n\n");
		if (!changes.isEmpty()) {
			md.append("| requirement | VM | before | now | catalog change |\n|---|---|---|---|---|\n");
			changes.forEach(c -> md.append("| ").append(c.requirementId()).append(" | ").append(c.vm()).append(" | ").append(c.before())
					.append(" | ").append(c.after()).append(" | ").append(cell(c.why())).append(" |\n"));
		}
	}

	private static void changes(StringBuilder md, ComplianceReport report, Baseline.Comparison baseline) {
		List<Baseline.Compared> changed = baseline.current().stream().filter(c -> c.state() == Baseline.State.NEW || c.state() == Baseline.State.UPDATED)
				.sorted(Comparator.comparing((Baseline.Compared c) -> c.state()).thenComparing(c -> c.finding().severity().ordinal())).toList();
		md.append("### Changes since the baseline\n\n");
		md.append(baseline.count(Baseline.State.NEW)).append(" new, ").append(baseline.count(Baseline.State.UPDATED)).append(" updated, ")
				.append(baseline.count(Baseline.State.ABSENT)).append(" fixed or gone, ").append(baseline.count(Baseline.State.UNCHANGED))
				.append(" unchanged. New errors: ").append(baseline.newErrors().size()).append(".\n\n");
		if (!changed.isEmpty() || !baseline.absent().isEmpty()) {
			md.append("| change | severity | requirement | where | finding |\n|---|---|---|---|---|\n");
			for (Baseline.Compared c : changed) {
				Finding f = c.finding();
				SourceLocation at = report.locate(f);
				String what = c.state() == Baseline.State.NEW ? "**new**" : "updated";
				md.append("| ").append(what).append(" | ").append(f.isOpen() ? f.severity().label() : "waived").append(" | ").append(f.requirementId())
						.append(" | ").append(cell(fileName(at.file()) + ":" + at.line())).append(" | ").append(cell(f.message())).append(" |\n");
			}
			for (Baseline.Compared c : baseline.absent()) {
				Baseline.Entry e = c.before();
				md.append("| fixed | ").append(e.level()).append(" | ").append(e.ruleId()).append(" | ")
						.append(cell(e.file().isEmpty() ? "" : fileName(e.file()) + ":" + e.line() + " (before)")).append(" | ")
						.append(cell(e.message())).append(" |\n");
			}
			md.append('\n');
		}
	}

	static String fileName(String uri) {
		return uri.substring(uri.lastIndexOf('/') + 1);
	}

	private static String cell(String text) {
		return text == null ? "" : text.replace("|", "\\|").replace("\n", " ");
	}
}
