// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import static org.avpstudio.generator.internal.Xml.escape;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.model.Hardware;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.spec.Evidence;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.CriticalityDependency;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.RequirementStatus;
import org.avpstudio.validation.rules.VirtioTypes;

/**
 * One self-contained HTML page (inline style, no external resources): the platform at a glance, the open
 * findings with links to the model, every requirement per VM with its status, and the traceability matrix.
 */
public final class HtmlReport {

	private static final String STYLE = """
			.prov{font-size:12px;padding:1px 6px;border-radius:8px;background:#eaeef2}.prov-official{background:#dafbe1}.prov-draft-wording{background:#fff8c5}
			:root{--pass:#1a7f37;--fail:#cf222e;--waived:#9a6700;--guest:#0969da;--manual:#6e7781;--off:#8c959f;--line:#d0d7de}
			body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1f2328;margin:0;background:#f6f8fa}
			header{background:#0d2847;color:#fff;padding:18px 32px}
			header h1{margin:0;font-size:22px;font-weight:600}
			.diagram{overflow-x:auto;background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px}
			header p{margin:4px 0 0;color:#c9d6e6;font-size:13px}
			main{padding:8px 32px 40px;max-width:1400px}
			h2{font-size:17px;margin:28px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}
			h3{font-size:15px;margin:18px 0 8px}
			.totals{display:flex;gap:10px;flex-wrap:wrap;margin-top:16px}
			.total{background:#fff;border:1px solid var(--line);border-radius:8px;padding:8px 16px;min-width:110px}
			.total b{display:block;font-size:24px}
			.cards{display:flex;gap:14px;flex-wrap:wrap}
			.card{background:#fff;border:1px solid var(--line);border-radius:8px;padding:12px 16px;min-width:260px;flex:1 1 260px;max-width:440px}
			.card h3{margin:0 0 4px}
			.meta{color:#57606a;font-size:13px}
			.chip{display:inline-block;background:#eaeef2;border-radius:10px;padding:1px 8px;margin:2px 3px 0 0;font-size:12px}
			table{border-collapse:collapse;width:100%;background:#fff;border:1px solid var(--line)}
			th,td{text-align:left;padding:5px 8px;border-bottom:1px solid #eaeef2;vertical-align:top}
			th{background:#eaeef2;font-weight:600;position:sticky;top:0}
			td.id{white-space:nowrap;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px}
			.status{display:inline-block;color:#fff;border-radius:4px;padding:0 7px;font-size:12px;font-weight:600;white-space:nowrap}
			.s-pass{background:var(--pass)}.s-fail{background:var(--fail)}.s-waived{background:var(--waived)}
			.s-needs-guest-check{background:var(--guest)}.s-manual{background:var(--manual)}.s-disabled{background:var(--off)}
			.t-pass b{color:var(--pass)}.t-fail b{color:var(--fail)}.t-waived b{color:var(--waived)}.t-needs-guest-check b{color:var(--guest)}
			.t-manual b{color:var(--manual)}.t-disabled b{color:var(--off)}
			.sev-error{color:var(--fail);font-weight:600}.sev-warning{color:var(--waived);font-weight:600}.sev-info{color:var(--guest)}
			.fix{color:#57606a}
			.crit{font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:12px;white-space:nowrap}
			a{color:#0969da;text-decoration:none}a:hover{text-decoration:underline}
			.filter{margin:6px 0 10px}
			.filter label{margin-right:14px}
			small.files{word-spacing:6px;font-family:ui-monospace,"DejaVu Sans Mono",monospace;font-size:11px}
			footer{color:#57606a;font-size:12px;margin-top:30px}
			""";

	private static final String SCRIPT = """
			function avpFilter(only){document.querySelectorAll('tr[data-status]').forEach(function(r){
			r.style.display=(!only||r.dataset.status==='fail')?'':'none';});}
			""";

	private HtmlReport() {
	}

	public static String render(ComplianceReport report, Traceability traceability) {
		return render(report, traceability, null);
	}

	/** The report with the platform diagram (an inline SVG, see org.avpstudio.diagram) after the platform at a glance. */
	public static String render(ComplianceReport report, Traceability traceability, String diagramSvg) {
		StringBuilder h = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n<title>")
				.append(escape("AVPS compliance of " + report.modelName())).append("</title>\n<style>").append(STYLE).append("</style>\n<script>")
				.append(SCRIPT).append("</script></head>\n<body>\n<header><h1>AVPS compliance of ").append(escape(report.modelName()))
				.append("</h1><p>Profile ").append(escape(report.result().profile().name())).append(" · ")
				.append(escape(report.result().catalog().provenance())).append("</p></header>\n<main>\n");
		totals(h, report);
		provenance(h, report);
		catalogChanges(h, report);
		glance(h, report);
		if (diagramSvg != null) {
			h.append("<h2>Platform diagram</h2>\n<div class=\"diagram\">").append(diagramSvg).append("</div>\n");
		}
		findings(h, report);
		dependencies(h, report);
		requirements(h, report);
		matrix(h, traceability);
		h.append("<footer>").append(escape(GenerationContext.GENERATOR_VERSION))
				.append(". Statuses: pass = no finding; fail = open finding or failed guest check; waived = every finding waived with a justification;")
				.append(" needs guest check = only a check inside the guest can tell (see guest-check scripts); manual = evidence from outside the model.")
				.append("</footer>\n</main></body></html>\n");
		return h.toString();
	}

	/**
	 * The criticality dependency matrix: every dependency of a VM on a VM of lower criticality (freedom from
	 * interference, {@link CriticalityDependency}), with why and whether a waiver justifies it.
	 */
	private static void dependencies(StringBuilder h, ComplianceReport report) {
		List<CriticalityDependency> dependencies = CriticalityDependency.of(report.platform());
		h.append("<h2>Criticality dependencies</h2>\n");
		if (dependencies.isEmpty()) {
			h.append("<p class=\"meta\">No VM depends on a VM of lower criticality.</p>\n");
			return;
		}
		h.append("<table class=\"dependencies\"><tr><th>VM</th><th>depends on</th><th>why</th><th>requirement</th><th>status</th></tr>\n");
		for (CriticalityDependency d : dependencies) {
			String waiver = d.waiver();
			h.append("<tr data-dependency=\"").append(waiver == null ? "open" : "waived").append("\"><td>").append(escape(d.dependent().getName()))
					.append(" <span class=\"crit\">").append(escape(d.dependent().getCriticality().getLiteral())).append("</span></td><td>")
					.append(escape(d.on().getName())).append(" <span class=\"crit\">").append(escape(d.on().getCriticality().getLiteral()))
					.append("</span></td><td>").append(escape(d.why())).append(link(report, d.element())).append("</td><td class=\"id\">")
					.append(escape(d.requirementId())).append("</td><td>")
					.append(waiver == null ? "<span class=\"status s-fail\">open</span>"
							: "<span class=\"status s-waived\">waived</span> <span class=\"meta\">" + escape(waiver) + "</span>")
					.append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static void totals(StringBuilder h, ComplianceReport report) {
		Map<RequirementStatus, Long> counts = new EnumMap<>(RequirementStatus.class);
		report.rows().forEach(r -> counts.merge(r.status(), 1L, Long::sum));
		h.append("<div class=\"totals\">");
		for (RequirementStatus status : RequirementStatus.values()) {
			h.append("<div class=\"total t-").append(css(status)).append("\"><b>").append(counts.getOrDefault(status, 0L)).append("</b>")
					.append(status.label()).append("</div>");
		}
		h.append("</div>\n<p class=\"meta\">Counted per requirement and VM: ").append(report.result().catalog().requirements().size())
				.append(" requirements × ").append(report.platform().vms().size()).append(" VM(s).</p>\n");
	}

	/** Verdicts counted per provenance: how much of the result rests on official text, draft wording or reconstruction. */
	private static void provenance(StringBuilder h, ComplianceReport report) {
		Map<Evidence, Map<RequirementStatus, Long>> counts = new EnumMap<>(Evidence.class);
		report.rows().forEach(r -> counts.computeIfAbsent(r.requirement().evidence(), e -> new EnumMap<>(RequirementStatus.class))
				.merge(r.status(), 1L, Long::sum));
		h.append("<h2>What the verdicts rest on</h2>\n<p class=\"meta\">Verdicts (requirement × VM) per provenance of the requirement: ")
				.append("official = from a catalog the user supplied; draft-wording = read in a public pre-1.0 draft; reconstructed = from the ")
				.append("published table of contents and VIRTIO, its level may differ from the official text; defined = AVP Studio's own platform ")
				.append("integrity requirements.</p>\n<table class=\"provenance\"><tr><th>Provenance</th>");
		for (RequirementStatus status : RequirementStatus.values()) {
			h.append("<th>").append(status.label()).append("</th>");
		}
		h.append("<th>all</th></tr>\n");
		for (Evidence evidence : Evidence.values()) {
			Map<RequirementStatus, Long> row = counts.getOrDefault(evidence, Map.of());
			h.append("<tr data-provenance=\"").append(evidence.label()).append("\"><td>").append(evidence.label()).append("</td>");
			for (RequirementStatus status : RequirementStatus.values()) {
				h.append("<td>").append(row.getOrDefault(status, 0L)).append("</td>");
			}
			h.append("<td>").append(row.values().stream().mapToLong(Long::longValue).sum()).append("</td></tr>\n");
		}
		h.append("</table>\n");
		List<Requirement> disputed = report.result().catalog().disputed();
		if (!disputed.isEmpty()) {
			h.append("<p class=\"meta\">Disputed levels (sources disagree; profile ").append(escape(report.result().profile().name()))
					.append(report.result().profile().stricterWhenDisputed() ? " applies the stricter" : " applies the catalog's").append("): ");
			h.append(disputed.stream().map(r -> "<span class=\"id\">" + escape(r.id()) + "</span> " + escape(r.levelText()))
					.collect(Collectors.joining(", "))).append(".</p>\n");
		}
	}

	/** When the report is compared with an earlier catalog: the verdicts the catalog changed. */
	private static void catalogChanges(StringBuilder h, ComplianceReport report) {
		if (report.previousCatalog().isEmpty()) {
			return;
		}
		List<ComplianceReport.VerdictChange> changes = report.verdictChanges();
		h.append("<h2 id=\"catalog-changes\">Verdicts changed by the catalog (").append(changes.size()).append(")</h2>\n<p class=\"meta\">")
				.append("Compared with the same model checked against ").append(escape(report.previousCatalog().get().provenance()))
				.append(". The model is the same, so each change below comes from the catalog.</p>\n");
		if (changes.isEmpty()) {
			h.append("<p>None.</p>\n");
			return;
		}
		h.append("<table><tr><th>Requirement</th><th>VM</th><th>Before</th><th>Now</th><th>Catalog change</th></tr>\n");
		for (ComplianceReport.VerdictChange c : changes) {
			h.append("<tr><td class=\"id\">").append(escape(c.requirementId())).append("</td><td>").append(escape(c.vm())).append("</td><td>")
					.append(escape(c.before())).append("</td><td>").append(escape(c.after())).append("</td><td>").append(escape(c.why()))
					.append("</td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static void glance(StringBuilder h, ComplianceReport report) {
		h.append("<h2>Platform at a glance</h2>\n<div class=\"cards\">");
		report.platform().hardware().ifPresent(hw -> hardware(h, hw, report));
		for (VirtualMachine vm : report.platform().vms()) {
			long failing = report.rows().stream().filter(r -> r.vm().equals(vm.getName()) && r.status() == RequirementStatus.FAIL).count();
			h.append("<div class=\"card\"><h3>VM ").append(escape(vm.getName())).append(" ").append(failing == 0
					? "<span class=\"status s-pass\">no failures</span>" : "<span class=\"status s-fail\">" + failing + " failing</span>")
					.append("</h3><div class=\"meta\">").append(escape(vm.getRole().getLiteral())).append(" · ")
					.append(escape(vm.getCriticality().getLiteral())).append(" · ").append(vm.getMemoryMiB()).append(" MiB · ")
					.append(vm.getVcpus().size()).append(" vCPU(s)").append(link(report, vm)).append("</div><div>");
			for (VirtioDevice device : vm.getDevices()) {
				String type = VirtioTypes.of(device).map(t -> t.canonicalName()).orElse(device.eClass().getName());
				h.append("<span class=\"chip\" title=\"").append(escape(type)).append("\">").append(escape(device.getName())).append(" · ")
						.append(escape(type)).append("</span>");
			}
			h.append("</div></div>");
		}
		h.append("</div>\n");
	}

	private static void hardware(StringBuilder h, Hardware hw, ComplianceReport report) {
		long cores = iterable(hw).stream().filter(e -> e.eClass().getName().equals("PhysicalCore")).count();
		h.append("<div class=\"card\"><h3>Hardware ").append(escape(hw.getName())).append("</h3><div class=\"meta\">")
				.append(escape(hw.getArchitecture().getLiteral())).append(" · ").append(cores).append(" core(s) · ").append(hw.getMemoryMiB())
				.append(" MiB").append(link(report, hw)).append("</div>");
		if (report.platform().main().getHypervisor() != null) {
			h.append("<div>Hypervisor <span class=\"chip\">").append(escape(report.platform().main().getHypervisor().getName())).append(" · ")
					.append(escape(report.platform().main().getHypervisor().getKind().getLiteral())).append("</span></div>");
		}
		h.append("</div>");
	}

	private static List<org.eclipse.emf.ecore.EObject> iterable(Hardware hw) {
		List<org.eclipse.emf.ecore.EObject> all = new java.util.ArrayList<>();
		hw.eAllContents().forEachRemaining(all::add);
		return all;
	}

	private static void findings(StringBuilder h, ComplianceReport report) {
		List<Finding> open = report.result().openFindings().stream().sorted(Comparator.comparing((Finding f) -> f.severity().ordinal())
				.thenComparing(f -> report.locate(f).line())).toList();
		h.append("<h2>Open findings (").append(open.size()).append(")</h2>\n");
		if (open.isEmpty()) {
			h.append("<p>None.</p>\n");
			return;
		}
		h.append("<table><tr><th>Severity</th><th>Requirement</th><th>Where</th><th>Finding</th></tr>\n");
		for (Finding f : open) {
			h.append("<tr><td class=\"sev-").append(f.severity().label()).append("\">").append(f.severity().label()).append("</td><td class=\"id\">")
					.append(escape(f.requirementId())).append(report.result().catalog().find(f.requirementId())
							.map(r -> "<br><span class=\"meta\">" + r.evidence().label() + "</span>").orElse("")).append("</td><td>").append(location(report.locate(f))).append("</td><td>")
					.append(escape(f.message())).append("<div class=\"fix\">Fix: ").append(escape(f.fixHint())).append("</div></td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static void requirements(StringBuilder h, ComplianceReport report) {
		h.append("<h2>Requirements per VM</h2>\n<div class=\"filter\"><label><input type=\"radio\" name=\"f\" checked onclick=\"avpFilter(false)\"> all</label>")
				.append("<label><input type=\"radio\" name=\"f\" onclick=\"avpFilter(true)\"> failing only</label></div>\n");
		for (VirtualMachine vm : report.platform().vms()) {
			h.append("<h3>VM ").append(escape(vm.getName())).append("</h3>\n<table><tr><th>Requirement</th><th>Level</th><th>Subject</th><th>Title</th>")
					.append("<th>Status</th><th>Provenance</th><th>Evidence</th></tr>\n");
			for (ComplianceReport.Row row : report.rows().stream().filter(r -> r.vm().equals(vm.getName())).toList()) {
				h.append("<tr data-status=\"").append(css(row.status())).append("\"><td class=\"id\">").append(escape(row.requirement().id()))
						.append("<br><span class=\"meta\">").append(escape(row.requirement().citation())).append("</span></td><td>")
						.append(escape(row.requirement().levelText())).append("</td><td>").append(escape(row.requirement().subject())).append("</td><td title=\"")
						.append(escape(row.requirement().summary())).append("\">").append(escape(row.requirement().title())).append("</td><td>")
						.append(status(row.status())).append("</td><td>").append(provenance(row.requirement())).append("</td><td>")
						.append(evidence(report, row)).append("</td></tr>\n");
			}
			h.append("</table>\n");
		}
	}

	/** e.g. "draft-wording" with "§2.8.1, REQ-3, read in D2, D3, level seen: SHALL NOT" beneath. */
	static String provenance(Requirement requirement) {
		String source = requirement.source().describe();
		return "<span class=\"prov prov-" + requirement.evidence().label() + "\">" + requirement.evidence().label() + "</span>"
				+ (source.isEmpty() ? "" : "<br><span class=\"meta\">" + escape(source) + "</span>");
	}

	private static String evidence(ComplianceReport report, ComplianceReport.Row row) {
		StringBuilder e = new StringBuilder();
		for (Finding f : row.findings()) {
			e.append("<div>").append(location(report.locate(f))).append(" ").append(escape(f.message()));
			if (!f.isOpen()) {
				e.append(" — <i>waived: ").append(escape(f.justification())).append("</i>");
			}
			e.append("</div>");
		}
		for (GuestResults.Check c : row.guestChecks()) {
			e.append("<div>guest: ").append(escape(c.check())).append(" <b>").append(escape(c.status())).append("</b> ").append(escape(c.detail()))
					.append("</div>");
		}
		if (e.isEmpty()) {
			switch (row.status()) {
			case MANUAL -> e.append(escape(row.requirement().manualReason()));
			case NEEDS_GUEST_CHECK -> e.append("guest check: ").append(escape(row.requirement().guestCheck()));
			default -> {
			}
			}
		}
		return e.toString();
	}

	private static void matrix(StringBuilder h, Traceability traceability) {
		h.append("<h2 id=\"traceability\">Traceability matrix</h2>\n<p class=\"meta\">Requirement → rules and guest checks → model elements → generated files")
				.append(" (as written by <code>avp generate --target all</code>). The same matrix is available as CSV: <code>avp report --format csv</code>.</p>\n")
				.append("<table><tr><th>Requirement</th><th>VM</th><th>Status</th><th>Rules</th><th>Guest checks</th><th>Model elements</th><th>Generated files</th></tr>\n");
		for (Traceability.Trace t : traceability.traces()) {
			h.append("<tr data-status=\"").append(css(t.status())).append("\"><td class=\"id\">").append(escape(t.requirement().id())).append("</td><td>")
					.append(escape(t.vm())).append("</td><td>").append(status(t.status())).append("</td><td>").append(list(t.rules()))
					.append("</td><td>").append(list(t.checks())).append("</td><td>").append(list(t.elements())).append("</td><td><small class=\"files\">")
					.append(t.files().stream().map(f -> escape(f)).collect(Collectors.joining(" "))).append("</small></td></tr>\n");
		}
		h.append("</table>\n");
	}

	private static String list(List<String> items) {
		return items.stream().map(i -> escape(i)).collect(Collectors.joining("<br>"));
	}

	private static String status(RequirementStatus status) {
		return "<span class=\"status s-" + css(status) + "\">" + status.label() + "</span>";
	}

	private static String css(RequirementStatus status) {
		return status.label().replace(' ', '-');
	}

	private static String link(ComplianceReport report, org.eclipse.emf.ecore.EObject element) {
		return " · " + location(report.locate(element));
	}

	private static String location(SourceLocation at) {
		String label = MarkdownReport.fileName(at.file()) + ":" + at.line() + ":" + at.column();
		if (!at.file().startsWith("file:")) {
			return escape(label);
		}
		return "<a href=\"" + escape(at.file()) + "\" title=\"" + escape(at.file() + " line " + at.line()) + "\">" + escape(label) + "</a>";
	}
}
