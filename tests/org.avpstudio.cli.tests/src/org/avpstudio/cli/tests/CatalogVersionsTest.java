// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Catalog versions: {@code avp catalog diff OLD NEW} lists what changed, and a report made with a newer catalog
 * ({@code --previous-catalog}) lists the verdicts the catalog changed.
 */
public class CatalogVersionsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final String OEM = Avp.example("catalogs/oem-2027.csv").toString();
	private static final String GAPS = Avp.example("noncompliant/cockpit-gaps.avp").toString();

	@Test
	public void diffListsAddedRemovedAndChangedRequirements() throws Exception {
		Avp.Result same = Avp.run("catalog", "diff", "built-in", "built-in");
		assertEquals(same.err(), 0, same.exit());
		assertTrue(same.out(), same.out().contains("0 added, 0 removed, 0 changed"));

		Avp.Result diff = Avp.run("catalog", "diff", "built-in", OEM);
		assertEquals(diff.err(), 1, diff.exit());
		assertTrue(diff.out(), diff.out().lines().anyMatch(l -> l.startsWith("changed  AVPS-2.0-WDT-1: level SHOULD → MUST")
				&& l.contains("provenance draft-wording → official") && l.contains("spec reference (none) → OEM-PLAT-213-1")));
		assertTrue(diff.out(), diff.out().lines().anyMatch(l -> l.startsWith("changed  AVPS-2.0-GPIO-1: level MAY → MUST")));
		assertTrue(diff.out(), diff.out().lines().anyMatch(l -> l.startsWith("removed  AVPS-2.0-CAM-2: removed (was SHOULD, §2.17)")));
		assertTrue(diff.out(), diff.out().contains("0 added, 1 removed, 2 changed"));

		// the other way round, and a new entry
		Path added = Files.writeString(tmp.getRoot().toPath().resolve("added.csv"),
				"id,version,chapter,section_title,level,condition,subject,title,summary,virtio_ref,verification,guest_check,manual_reason\n"
						+ "OEM-BODY-1,2.0,2.15,GPIO,SHOULD,,GPIO,Body GPIO latency,Body VMs see GPIO edges within 1 ms.,-,MANUAL,,Measured on the bench\n");
		Avp.Result reverse = Avp.run("catalog", "diff", OEM, added.toString(), "--format", "json");
		assertEquals(reverse.err(), 1, reverse.exit());
		assertTrue(reverse.out(), reverse.out().startsWith("{\"added\":2,\"removed\":0,\"changed\":2,"));
		assertTrue(reverse.out(), reverse.out().contains("{\"change\":\"added\",\"id\":\"OEM-BODY-1\""));
		assertTrue(reverse.out(), reverse.out().contains("{\"field\":\"level\",\"before\":\"MUST\",\"after\":\"SHOULD\"}"));

		Avp.Result md = Avp.run("catalog", "diff", "built-in", OEM, "--format", "md");
		assertTrue(md.out(), md.out().contains("| removed | AVPS-2.0-CAM-2 |"));
	}

	@Test
	public void diffRefusesWhatItCannotRead() throws Exception {
		Avp.Result missing = Avp.run("catalog", "diff", "built-in", tmp.getRoot().toPath().resolve("nope.csv").toString());
		assertEquals(2, missing.exit());
		assertTrue(missing.err(), missing.err().contains("nope.csv") && missing.err().contains("no such catalog file"));
		Path broken = Files.writeString(tmp.getRoot().toPath().resolve("broken.csv"), "id,level\nAVPS-2.0-WDT-1,SOMETIMES\n");
		Avp.Result bad = Avp.run("catalog", "diff", "built-in", broken.toString());
		assertEquals(2, bad.exit());
		assertTrue(bad.err(), bad.err().contains("broken.csv:2 (column 'level')"));
		Avp.Result format = Avp.run("catalog", "diff", "built-in", "built-in", "--format", "xml");
		assertEquals(2, format.exit());
	}

	@Test
	public void aReportWithANewerCatalogSaysWhichVerdictsTheCatalogChanged() throws Exception {
		Path html = tmp.getRoot().toPath().resolve("gaps.html");
		Avp.Result run = Avp.run("report", GAPS, "--catalog", OEM, "--previous-catalog", "built-in", "--format", "html", "--out", html.toString());
		assertEquals(run.err(), 0, run.exit());
		String page = Files.readString(html);
		assertTrue(page.contains("Verdicts changed by the catalog ("));
		// GPIO-1 was an optional capability left out (pass with a note); as a MUST it fails, and CAM-2 is gone
		assertTrue(page, page.matches("(?s).*<td class=\"id\">AVPS-2\\.0-GPIO-1</td><td>[a-z]+</td><td>pass</td><td>fail</td><td>level MAY → MUST;.*"));
		assertTrue(page.contains("<td class=\"id\">AVPS-2.0-CAM-2</td>"));
		assertTrue(page.contains("not in catalog"));
		// the provenance table counts the official entries
		assertTrue(page.contains("<tr data-provenance=\"official\"><td>official</td>"));

		Path md = tmp.getRoot().toPath().resolve("gaps.md");
		assertEquals(0, Avp.run("report", GAPS, "--catalog", OEM, "--previous-catalog", "built-in", "--format", "md", "--out", md.toString()).exit());
		String text = Files.readString(md);
		assertTrue(text, text.contains("### Verdicts changed by the catalog") && text.contains("| AVPS-2.0-GPIO-1 |"));
		assertTrue(text, text.contains("| official | "));

		Path plain = tmp.getRoot().toPath().resolve("plain.html");
		assertEquals(0, Avp.run("report", GAPS, "--format", "html", "--out", plain.toString()).exit());
		assertFalse(Files.readString(plain).contains("Verdicts changed by the catalog"));
	}

	/** Every report format says what each requirement rests on, and disputed levels show both. */
	@Test
	public void everyReportShowsProvenanceAndDisputedLevels() throws Exception {
		java.util.Map<String, String> reports = new java.util.LinkedHashMap<>();
		for (String format : java.util.List.of("html", "md", "sarif", "junit", "reqif")) {
			Path out = tmp.getRoot().toPath().resolve("gaps." + format);
			assertEquals(0, Avp.run("report", GAPS, "--format", format, "--out", out.toString()).exit());
			reports.put(format, Files.readString(out));
		}
		assertTrue(reports.get("html").contains("<span class=\"prov prov-draft-wording\">draft-wording</span><br><span class=\"meta\">§2.8.1, REQ-3"));
		assertTrue(reports.get("html").contains("MAY (disputed: MUST)"));
		assertTrue(reports.get("html").contains("What the verdicts rest on"));
		assertTrue(reports.get("md").contains("| reconstructed | ") && reports.get("md").contains("Disputed levels: AVPS-2.0-STO-5 MAY (disputed: MUST)"));
		assertTrue(reports.get("md").contains("AVPS-2.0-WDT-1 (draft-wording)"));
		assertTrue(reports.get("sarif").contains("\"provenance\":\"draft-wording\"") && reports.get("sarif").contains("\"level\":\"MAY (disputed: MUST)\""));
		assertTrue(reports.get("junit").contains("[SHOULD, draft-wording]") && reports.get("junit").contains("[MAY (disputed: MUST), reconstructed]"));
		assertTrue(reports.get("reqif").contains("LONG-NAME=\"provenance\"") && reports.get("reqif").contains("LONG-NAME=\"disputed level\""));

		// the strict profile applies the stricter level of a disputed entry
		Path strict = tmp.getRoot().toPath().resolve("strict.md");
		assertEquals(0, Avp.run("report", GAPS, "--profile", "avps-2.0-strict", "--format", "md", "--out", strict.toString()).exit());
		assertTrue(Files.readString(strict).contains("(the stricter applies)"));
	}
}
