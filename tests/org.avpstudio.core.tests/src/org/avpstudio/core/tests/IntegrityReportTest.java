// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.core.DiagramExport;
import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.ReportFormat;
import org.avpstudio.core.Reports;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Freedom from interference as the user sees it: the HTML report's criticality dependency matrix (VM, depends on,
 * why, requirement, open or waived) and the diagram's marked lines, for the cockpit (its dependencies on the QM driver
 * VM waived with their analysis) and cockpit-gaps (left open, plus a core shared with the QM IVI VM); and the gaps'
 * integrity errors fixed by their quick fixes.
 */
public class IntegrityReportTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("avp.examples", "../../examples"));

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private String html(String example) throws Exception {
		Path out = tmp.getRoot().toPath().resolve(example.replace('/', '-') + ".html");
		Reports.write(ModelSet.withDefaults().load(EXAMPLES.resolve(example)), ReportFormat.HTML, List.of(), out);
		return Files.readString(out);
	}

	/** The matrix rows as "VM CRIT -> VM CRIT | requirement | status". */
	private static List<String> matrix(String html) {
		int start = html.indexOf("<h2>Criticality dependencies</h2>");
		assertTrue("the report has the dependency matrix", start >= 0);
		String table = html.substring(start, html.indexOf("</table>", start));
		Matcher row = Pattern.compile("<tr data-dependency=\"(\\w+)\"><td>(\\w+) <span class=\"crit\">([\\w-]+)</span></td><td>(\\w+) <span class=\"crit\">([\\w-]+)</span></td>"
				+ "<td>[^<]*.*?</td><td class=\"id\">([\\w-]+)</td>").matcher(table);
		List<String> rows = new java.util.ArrayList<>();
		while (row.find()) {
			rows.add(row.group(2) + " " + row.group(3) + " -> " + row.group(4) + " " + row.group(5) + " | " + row.group(6) + " | " + row.group(1));
		}
		return rows;
	}

	@Test
	public void cockpitReportShowsTheWaivedDependenciesOfTheCluster() throws Exception {
		String html = html("cockpit/cockpit.avp");
		assertEquals(List.of("cluster ASIL-B -> driver QM | AVP-FFI-1 | waived", "cluster ASIL-B -> driver QM | AVP-FFI-2 | waived"), matrix(html));
		assertTrue(html.contains("served by driver VM"));
		assertTrue("the justification is shown", html.contains("DFA: the cluster draws its telltales itself"));
	}

	@Test
	public void gapsReportShowsOpenDependenciesAndTheSharedCore() throws Exception {
		assertEquals(List.of("cluster ASIL-B -> driver QM | AVP-FFI-1 | open", "cluster ASIL-B -> driver QM | AVP-FFI-2 | open",
				"cluster ASIL-B -> ivi QM | AVP-CPU-5 | open"), matrix(html("noncompliant/cockpit-gaps.avp")));
	}

	@Test
	public void diagramMarksTheDependencyLines() throws Exception {
		String cockpit = DiagramExport.svg(ModelSet.withDefaults().load(EXAMPLES.resolve("cockpit/cockpit.avp")));
		assertTrue(cockpit, cockpit.contains("<g class=\"line backend dependency waived\" data-id=\"vm:cluster-display-backend\">")
				|| Pattern.compile("<g class=\"line backend dependency waived\" data-id=\"[^\"]*cluster[^\"]*display-backend\"").matcher(cockpit).find());
		assertTrue(cockpit, Pattern.compile("<g class=\"line shared_memory dependency waived\" data-id=\"[^\"]*rear_camera-cluster\"").matcher(cockpit).find());
		assertEquals("the IVI's back-ends from the driver (QM on QM) are not marked", 2, cockpit.split(" dependency ", -1).length - 1);
		String gaps = DiagramExport.svg(ModelSet.withDefaults().load(EXAMPLES.resolve("noncompliant/cockpit-gaps.avp")));
		assertEquals(2, gaps.split(" dependency open\"", -1).length - 1);
		assertTrue(gaps.contains("stroke=\"#cf222e\" stroke-width=\"2.6\""));
	}

	@Test
	public void quickFixesRemoveTheGapsIntegrityErrors() throws Exception {
		Path folder = tmp.newFolder("gaps").toPath();
		Files.copy(EXAMPLES.resolve("noncompliant/soc.avp"), folder.resolve("soc.avp"));
		Path gaps = Files.copy(EXAMPLES.resolve("noncompliant/cockpit-gaps.avp"), folder.resolve("cockpit-gaps.avp"));
		PlatformModel model = ModelSet.withDefaults().load(gaps);
		List<String> applied = model.applyQuickFixes();
		for (String id : List.of("AVP-CPU-3", "AVP-NET-1", "AVP-MEM-4")) {
			assertTrue(id + " in " + applied, applied.stream().anyMatch(a -> a.startsWith(id + ": ")));
		}
		PlatformModel fixed = ModelSet.withDefaults().load(gaps);
		assertEquals(List.of(), fixed.diagnostics().stream().filter(d -> d.ruleId() != null && d.ruleId().startsWith("AVP-"))
				.filter(d -> d.severity() == ModelDiagnostic.Severity.ERROR).map(ModelDiagnostic::message).toList());
		String text = Files.readString(gaps);
		assertTrue(text, text.contains("\t\tvcpu 0 on a76_2\n"));
		assertTrue(text, text.contains("\t\t\tregion rear_camera\n\t\t\tread-only\n"));
	}
}
