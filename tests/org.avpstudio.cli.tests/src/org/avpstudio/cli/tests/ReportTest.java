// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code avp report} in each format on the example models: what CI servers and people get, checked with the
 * tools that read it (an XML parser, the SARIF 2.1.0 JSON schema, headless Chromium).
 */
public class ReportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path report(String model, String format, String... more) throws Exception {
		Path out = tmp.getRoot().toPath().resolve("report." + format);
		String[] args = new String[] { "report", Avp.example(model).toString(), "--format", format, "--out", out.toString() };
		String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args), java.util.Arrays.stream(more)).toArray(String[]::new);
		Avp.Result run = Avp.run(all);
		assertEquals(run.err(), 0, run.exit());
		return out;
	}

	private static Element testcase(Document junit, String vm, String requirementId) {
		NodeList cases = junit.getElementsByTagName("testcase");
		for (int i = 0; i < cases.getLength(); i++) {
			Element e = (Element) cases.item(i);
			if (e.getAttribute("classname").equals("avps." + vm) && e.getAttribute("name").startsWith(requirementId + " ")) {
				return e;
			}
		}
		throw new AssertionError("no test case " + requirementId + " for " + vm);
	}

	private static String outcome(Element testcase) {
		if (testcase.getElementsByTagName("failure").getLength() > 0) {
			return "failure: " + ((Element) testcase.getElementsByTagName("failure").item(0)).getAttribute("message");
		}
		if (testcase.getElementsByTagName("skipped").getLength() > 0) {
			return "skipped: " + ((Element) testcase.getElementsByTagName("skipped").item(0)).getAttribute("message");
		}
		return "passed";
	}

	private static Document xml(Path file) throws Exception {
		return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
	}

	@Test
	public void junitHasOneTestCasePerRequirementAndVm() throws Exception {
		Document junit = xml(report("noncompliant/cockpit-gaps.avp", "junit"));
		assertEquals(3, junit.getElementsByTagName("testsuite").getLength());
		assertEquals((104 + 23) * 3, junit.getElementsByTagName("testcase").getLength());
		assertEquals("failure: VM 'ivi' has no virtio-rng entropy device", outcome(testcase(junit, "ivi", "AVPS-2.0-RNG-1")));
		assertEquals("passed", outcome(testcase(junit, "cluster", "AVPS-2.0-RNG-1")));
		assertTrue(outcome(testcase(junit, "cluster", "AVPS-2.0-HWV-3")).startsWith("skipped: needs guest check"));
		assertTrue(outcome(testcase(junit, "ivi", "AVPS-2.0-CONF-3")).startsWith("skipped: manual"));
		// an optional capability left out is a note, not a failure
		assertEquals("passed", outcome(testcase(junit, "ivi", "AVPS-2.0-GPIO-1")));
		Element ivi = (Element) junit.getElementsByTagName("testsuite").item(2);
		assertEquals("ivi", ivi.getAttribute("name"));
		assertTrue(Integer.parseInt(ivi.getAttribute("failures")) >= 2);
	}

	@Test
	public void waivedRequirementsAreSkippedWithTheirJustification() throws Exception {
		Document junit = xml(report("cockpit/cockpit.avp", "junit"));
		NodeList skipped = junit.getElementsByTagName("skipped");
		boolean waived = false;
		for (int i = 0; i < skipped.getLength(); i++) {
			waived |= ((Element) skipped.item(i)).getAttribute("message").startsWith("waived: ");
		}
		assertTrue("a waiver of the cockpit example shows with its justification", waived);
		assertEquals(0, junit.getElementsByTagName("failure").getLength());
	}

	@Test
	public void sarifIsValidAgainstTheSarif210Schema() throws Exception {
		Path sarif = report("noncompliant/cockpit-gaps.avp", "sarif");
		String json = Files.readString(sarif);
		assertTrue(json.contains("\"ruleId\":\"AVPS-2.0-RNG-1\""));
		assertTrue(json.contains("\"startLine\":87"));
		assertTrue("rule metadata from the catalog", json.contains("\"id\":\"AVPS-2.0-VSOCK-2\""));
		assertEquals("", schemaErrors(sarif));
		// the check can fail: a level SARIF does not know is reported
		Path broken = tmp.newFile("broken.sarif").toPath();
		Files.writeString(broken, json.replaceFirst("\"level\":\"error\"", "\"level\":\"fatal\""));
		assertTrue(schemaErrors(broken).contains("'fatal' is not one of"));
	}

	/** Validation errors from Debian's python3-jsonschema against the OASIS schema, one per line; empty when valid. */
	private String schemaErrors(Path sarif) throws Exception {
		Path schema = Avp.cache("sarif/sarif-2.1.0.json");
		assertTrue("SARIF schema missing; run .ci/fetch-test-assets", Files.isRegularFile(schema));
		String script = "import json,sys\nfrom jsonschema import Draft202012Validator as V\n"
				+ "s=json.load(open(sys.argv[1]))\nd=json.load(open(sys.argv[2]))\n"
				+ "[print(e.message, list(e.absolute_path)) for e in V(s).iter_errors(d)]\n";
		Process p = new ProcessBuilder("/usr/bin/python3", "-c", script, schema.toString(), sarif.toString()).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes());
		assertTrue(p.waitFor(60, TimeUnit.SECONDS));
		assertEquals(out, 0, p.exitValue());
		return out.strip();
	}

	@Test
	public void markdownSummarisesForAMergeRequest() throws Exception {
		String md = Files.readString(report("noncompliant/cockpit-gaps.avp", "md"));
		assertTrue(md, md.startsWith("## AVPS compliance of `cockpit-gaps.avp`"));
		assertTrue(md, md.contains("| error | AVPS-2.0-RNG-1 (reconstructed) | cockpit-gaps.avp:87 | VM 'ivi' has no virtio-rng entropy device |"));
	}

	@Test
	public void traceabilityCsvLinksRequirementsToRulesElementsAndFiles() throws Exception {
		List<String> rows = Files.readAllLines(report("devbox/devbox.avp", "csv"));
		assertEquals("requirement,level,vm,status,rules,guest_checks,model_elements,generated_files", rows.get(0));
		assertEquals(1 + (104 + 23) * 2, rows.size());
		String sto1 = rows.stream().filter(r -> r.startsWith("AVPS-2.0-STO-1,MUST,builder,")).findFirst().orElseThrow();
		assertTrue(sto1, sto1.contains("guest-check/builder.sh"));
		assertTrue(sto1, sto1.contains("BlockDevice rootfs (devbox.avp:"));
		assertTrue(sto1, sto1.contains("qemu/builder.args") && sto1.contains("libvirt/builder.xml"));
		assertTrue("the tester's files do not trace to the builder's disk", !sto1.contains("tester"));
		String vsock2 = rows.stream().filter(r -> r.startsWith("AVPS-2.0-VSOCK-2,")).findFirst().orElseThrow();
		assertTrue(vsock2, vsock2.startsWith("AVPS-2.0-VSOCK-2,CONDITIONAL,builder,pass,ContextIdRule,,VsockDevice vsock0 (devbox.avp:55),"));
		assertTrue("the Xen target cannot express vsock, so its file does not realise it: " + vsock2, vsock2.contains("libvirt/builder.xml")
				&& !vsock2.contains("xen/"));
	}

	@Test
	public void guestResultsAreMergedIntoTheRequirementsTheyCheck() throws Exception {
		Path log = Avp.resource("guest-results/devbox-builder.console");
		Document junit = xml(report("devbox/devbox.avp", "junit", "--guest-results", log.toString()));
		assertEquals("passed", outcome(testcase(junit, "builder", "AVPS-2.0-HWV-3")));
		assertEquals("failure: guest check: virtio-rng: 0 of 1 device(s) with id 0x0004", outcome(testcase(junit, "builder", "AVPS-2.0-RNG-1")));
		assertEquals("passed", outcome(testcase(junit, "builder", "AVPS-2.0-STO-1")));
		// the other VM has no results: still waiting for its guest check
		assertTrue(outcome(testcase(junit, "tester", "AVPS-2.0-HWV-3")).startsWith("skipped: needs guest check"));
		assertEquals("passed", outcome(testcase(junit, "tester", "AVPS-2.0-RNG-1")));
	}

	@Test
	public void unusableGuestResultsAreNamed() throws Exception {
		Path log = tmp.newFile("other.log").toPath();
		Files.writeString(log, "AVP-CHECK-BEGIN gateway\nAVP-CHECK AVPS-2.0-RNG-1 PASS virtio-rng 1 of 1\n");
		Avp.Result run = Avp.run("report", Avp.example("devbox/devbox.avp").toString(), "--format", "md", "--out", tmp.getRoot() + "/r.md",
				"--guest-results", log.toString());
		assertEquals(0, run.exit());
		assertTrue(run.err(), run.err().contains("guest results for VM 'gateway', which devbox.avp does not declare, are ignored (VMs: builder, tester)"));
		Avp.Result missing = Avp.run("report", Avp.example("devbox/devbox.avp").toString(), "--format", "md", "--out", tmp.getRoot() + "/r2.md",
				"--guest-results", tmp.getRoot() + "/nope.log");
		assertEquals(2, missing.exit());
		assertTrue(missing.err(), missing.err().startsWith("avp: cannot read guest results: "));
		assertTrue("no report written", !new File(tmp.getRoot(), "r2.md").exists());
	}

	@Test
	public void htmlIsOneSelfContainedPageChromiumRenders() throws Exception {
		Path html = report("noncompliant/cockpit-gaps.avp", "html");
		String page = Files.readString(html);
		assertTrue("self-contained", !page.matches("(?s).*(src|href)=\"https?:.*") && !page.contains("<link"));
		Path shots = Path.of(System.getProperty("avp.screenshots", "target/screenshots"));
		Files.createDirectories(shots);
		Path png = shots.resolve("compliance-report.png").toAbsolutePath();
		Process shot = chromium("--window-size=1400,1800", "--screenshot=" + png, html.toUri().toString());
		assertTrue(shot.waitFor(120, TimeUnit.SECONDS));
		assertTrue("screenshot taken", Files.size(png) > 50_000);
		// the DOM after Chromium parsed it: every section and one row per requirement and VM, twice (table + matrix)
		Process dump = chromium("--dump-dom", html.toUri().toString());
		String dom = new String(dump.getInputStream().readAllBytes());
		assertTrue(dump.waitFor(120, TimeUnit.SECONDS));
		for (String section : List.of("Platform at a glance", "Open findings (15)", "Requirements per VM", "Traceability matrix")) {
			assertTrue(section, dom.contains(section));
		}
		assertEquals(2 * (104 + 23) * 3, dom.split("<tr data-status=", -1).length - 1);
		assertTrue(dom.contains("<tr data-status=\"fail\"><td class=\"id\">AVPS-2.0-RNG-1"));
		assertTrue("findings link to the model", dom.matches("(?s).*<a href=\"file:[^\"]*cockpit-gaps.avp\"[^>]*>cockpit-gaps.avp:87:2</a>.*"));
	}

	private static Process chromium(String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars"));
		command.addAll(List.of(args));
		return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
	}
}
