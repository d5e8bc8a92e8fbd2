// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.junit.Before;
import org.junit.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code avp report --baseline PREVIOUS.sarif}: findings matched by rule id and element path (not by line), marked
 * new / unchanged / updated / absent in SARIF, the Markdown report's changes first, {@code --fail-on new}, and a
 * located error for a baseline that is not one.
 */
public class BaselineTest extends CommandLineFixture {

	private Path model;
	private Path baseline;

	@Before
	public void copyModelAndWriteBaseline() throws Exception {
		Path dir = tmp.newFolder("gaps").toPath();
		model = dir.resolve("cockpit-gaps.avp");
		Files.copy(example("noncompliant/cockpit-gaps.avp"), model);
		Files.copy(example("noncompliant/soc.avp"), dir.resolve("soc.avp"));
		baseline = tmp.getRoot().toPath().resolve("baseline.sarif");
		assertEquals(err, 0, avp("report", model.toString(), "--format", "sarif", "--out", baseline.toString()));
	}

	/** ruleId|path -> baselineState of every result. */
	private static Map<String, String> states(Path sarif) throws Exception {
		JsonArray results = JsonParser.parseString(Files.readString(sarif)).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
				.getAsJsonArray("results");
		Map<String, String> states = new HashMap<>();
		for (JsonElement e : results) {
			JsonObject r = e.getAsJsonObject();
			String fingerprint = r.getAsJsonObject("partialFingerprints").get("avpElement/v1").getAsString();
			states.put(fingerprint, r.has("baselineState") ? r.get("baselineState").getAsString() : "(none)");
		}
		return states;
	}

	@Test
	public void sarifResultsCarryLineIndependentFingerprints() throws Exception {
		Map<String, String> states = states(baseline);
		assertEquals("(none)", states.get("AVPS-2.0-RNG-1|vm ivi"));
		assertTrue(states.keySet().toString(), states.keySet().stream().anyMatch(k -> k.startsWith("AVPS-2.0-VSOCK-2|vm ")));
		assertTrue(states.keySet().toString(), states.containsKey("AVPS-2.0-WDT-1|vm driver/watchdog wdt0") || states.keySet().stream().anyMatch(k -> k.startsWith("AVPS-2.0-WDT-1|")));
	}

	@Test
	public void sameModelAgainstItsOwnReportIsAllUnchanged() throws Exception {
		Path again = tmp.getRoot().toPath().resolve("again.sarif");
		assertEquals(err, 0, avp("report", model.toString(), "--format", "sarif", "--out", again.toString(), "--baseline", baseline.toString(),
				"--fail-on", "new"));
		assertTrue(out, out.contains("0 new (0 error(s)), 0 updated, 0 fixed or gone"));
		assertTrue(states(again).toString(), states(again).values().stream().allMatch("unchanged"::equals));
		// the same model still has errors: --fail-on error fails, --fail-on new does not
		assertEquals(1, avp("report", model.toString(), "--format", "sarif", "--out", again.toString(), "--fail-on", "error"));
		assertTrue(err, err.contains("error: AVPS-2.0-RNG-1"));
	}

	@Test
	public void movedLinesStayUnchangedFixedIsAbsentAndOnlyANewErrorFails() throws Exception {
		String text = Files.readString(model);
		String edited = text.replaceFirst("\n", "\n// two more lines on top:\n// every finding below moves down, none is new\n");
		int cid = edited.lastIndexOf("cid 5");
		edited = edited.substring(0, cid) + "cid 6" + edited.substring(cid + "cid 5".length()); // the duplicate vsock CID fixed
		String clusterRng = "\t\trng rng0\n\t\tvsock vsock0 {\n\t\t\tcid 5";
		assertEquals(edited.indexOf(clusterRng), edited.lastIndexOf(clusterRng));
		edited = edited.replace(clusterRng, "\t\tvsock vsock0 {\n\t\t\tcid 5"); // the cluster loses its RNG: a new error
		Files.writeString(model, edited);

		Path now = tmp.getRoot().toPath().resolve("now.sarif");
		assertEquals(err, 1, avp("report", model.toString(), "--format", "sarif", "--out", now.toString(), "--baseline", baseline.toString(),
				"--fail-on", "new"));
		assertTrue(Files.exists(now));
		Map<String, String> states = states(now);
		assertEquals("new", states.get("AVPS-2.0-RNG-1|vm cluster"));
		assertEquals("unchanged", states.get("AVPS-2.0-RNG-1|vm ivi"));
		assertTrue(states.toString(), states.entrySet().stream().anyMatch(e -> e.getKey().startsWith("AVPS-2.0-VSOCK-2|") && e.getValue().equals("absent")));
		assertEquals(states.toString(), 1, states.values().stream().filter("new"::equals).count());
		assertTrue(err, err.contains("cockpit-gaps.avp:") && err.contains("error: AVPS-2.0-RNG-1") && err.contains("(new since the baseline)"));
		assertFalse("only the new error is listed: " + err, err.contains("error: AVPS-2.0-RNG-1: VM 'ivi'"));

		Path md = tmp.getRoot().toPath().resolve("mr.md");
		assertEquals(err, 0, avp("report", model.toString(), "--format", "md", "--out", md.toString(), "--baseline", baseline.toString()));
		String comment = Files.readString(md);
		int changes = comment.indexOf("### Changes since the baseline");
		assertTrue(comment, changes >= 0 && changes < comment.indexOf("### Open findings"));
		assertTrue(comment, comment.contains("1 new, 0 updated, 1 fixed or gone"));
		assertTrue(comment, comment.contains("| **new** | error | AVPS-2.0-RNG-1 |"));
		assertTrue(comment, comment.contains("| fixed | error | AVPS-2.0-VSOCK-2 |"));
	}

	@Test
	public void malformedBaselineIsALocatedErrorAndNothingIsWritten() throws Exception {
		Path broken = tmp.getRoot().toPath().resolve("broken.sarif");
		Files.writeString(broken, "{\n  \"version\": \"2.1.0\",\n  \"runs\": [ { \"results\": [ {\"ruleId\": \"X\" ");
		Path report = tmp.getRoot().toPath().resolve("r.sarif");
		assertEquals(2, avp("report", model.toString(), "--format", "sarif", "--out", report.toString(), "--baseline", broken.toString()));
		assertTrue(err, err.contains(broken + ":3:"));
		assertTrue(err, err.contains("truncated"));
		assertFalse(Files.exists(report));

		Files.writeString(broken, "{\"version\": \"2.1.0\", \"results\": []}");
		assertEquals(2, avp("report", model.toString(), "--format", "sarif", "--out", report.toString(), "--baseline", broken.toString()));
		assertTrue(err, err.contains(broken + ":1:1: not a SARIF log"));

		assertEquals(2, avp("report", model.toString(), "--format", "sarif", "--out", report.toString(), "--fail-on", "new"));
		assertTrue(err, err.contains("--fail-on new needs --baseline"));
		assertEquals(2, avp("report", model.toString(), "--format", "sarif", "--out", report.toString(), "--baseline", "no-such.sarif"));
		assertTrue(err, err.contains("no-such.sarif: no such baseline file"));
		assertFalse(Files.exists(report));
	}
}
