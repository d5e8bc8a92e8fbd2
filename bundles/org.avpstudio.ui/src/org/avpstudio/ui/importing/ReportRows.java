// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.model.Hardware;

/**
 * The import report as the report page shows it: sections (files read, mapped, left out, renamed, files skipped),
 * each with its rows; mapped elements are grouped by their kind in the model, with a count per kind.
 */
public final class ReportRows {

	/** One line of the report: where in the input, what, and why (or a detail). */
	public record Row(String where, String what, String why, List<Row> children) {
		Row(String where, String what, String why) {
			this(where, what, why, List.of());
		}
	}

	/** A section of the report: its title (with its count) and its rows. */
	public record Section(String id, String title, List<Row> rows) {
	}

	public static final String FILES = "files";
	public static final String MAPPED = "mapped";
	public static final String LEFT_OUT = "leftOut";
	public static final String RENAMED = "renamed";
	public static final String SKIPPED = "skipped";

	private ReportRows() {
	}

	public static List<Section> of(ImportOutcome outcome) {
		List<Section> sections = new ArrayList<>();
		sections.add(new Section(FILES, count(outcome.files().size(), "file read", "files read"),
				outcome.files().stream().map(ReportRows::fileRow).toList()));
		if (outcome.succeeded()) {
			ImportReport report = outcome.result().report();
			Map<String, List<ImportReport.Mapped>> byKind = new LinkedHashMap<>();
			report.mapped().forEach(m -> byKind.computeIfAbsent(m.element().eClass().getName(), k -> new ArrayList<>()).add(m));
			List<Row> kinds = byKind.entrySet().stream().map(kind -> new Row("", kind.getKey() + ": " + kind.getValue().size(), "",
					kind.getValue().stream().map(m -> new Row(m.at().toString(), m.what(), "")).toList())).toList();
			sections.add(new Section(MAPPED, count(report.mapped().size(), "element mapped", "elements mapped"), kinds));
			sections.add(new Section(LEFT_OUT, count(report.leftOut().size(), "part left out", "parts left out"),
					report.leftOut().stream().map(l -> new Row(l.at().toString(), l.what(), l.why())).toList()));
			sections.add(new Section(RENAMED, count(report.renamed().size(), "name changed", "names changed"),
					report.renamed().stream().map(r -> new Row(r.at().toString(), "'" + r.from() + "' → '" + r.to() + "'", r.why())).toList()));
		}
		if (!outcome.skipped().isEmpty()) {
			sections.add(new Section(SKIPPED, count(outcome.skipped().size(), "file of the folder skipped", "files of the folder skipped"),
					outcome.skipped().stream().map(s -> new Row(name(s.file()), "", s.why())).toList()));
		}
		return sections;
	}

	/** One sentence for the top of the page. */
	public static String summary(ImportOutcome outcome) {
		if (!outcome.succeeded()) {
			int inputs = outcome.request().inputs().size() + (outcome.request().hardware() != null ? 1 : 0);
			return "Nothing was imported: " + inputs + " input(s) could not be read. Fix the input or go back.";
		}
		ImportReport report = outcome.result().report();
		int vms = outcome.result().platform().getVirtualMachines().size();
		Hardware hardware = outcome.result().platform().getHardware();
		String board = outcome.request().hardware() == null || hardware == null ? ""
				: ", on the board's hardware " + hardware.getName() + " (" + hardware.getArchitecture().getLiteral() + ") from "
						+ name(outcome.request().hardware());
		return count(vms, "VM", "VMs") + " from " + count(outcome.files().size(), "file", "files") + board + ": "
				+ count(report.mapped().size(), "element", "elements") + " mapped, "
				+ count(report.leftOut().size(), "part", "parts") + " left out, "
				+ count(report.renamed().size(), "name", "names") + " changed. Finish writes "
				+ outcome.request().file().getFullPath() + " and opens it.";
	}

	/** A file read: its name, its format, its folder; the board's description says that it became the hardware. */
	private static Row fileRow(ImportOutcome.ReadFile file) {
		String folder = "in " + file.file().toAbsolutePath().getParent();
		return new Row(name(file.file()), file.hardware() ? file.format() + ": the board's hardware, read first" : file.format(), folder);
	}

	private static String name(java.nio.file.Path file) {
		return file.getFileName().toString();
	}

	private static String count(int n, String one, String many) {
		return n + " " + (n == 1 ? one : many);
	}
}
