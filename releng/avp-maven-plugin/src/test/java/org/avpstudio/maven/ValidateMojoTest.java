// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** {@code avp:validate} on the examples, run as Maven runs a goal (fields set, {@code execute()}), outside OSGi. */
public class ValidateMojoTest {
	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private ValidateMojo validate(Path project, RecordingLog log) {
		ValidateMojo mojo = Fixtures.configure(new ValidateMojo(), project, log);
		mojo.failOnError = true;
		return mojo;
	}

	@Test
	public void gapsFailTheBuildNamingEachFindingAtItsLine() throws Exception {
		Path project = temp.newFolder().toPath();
		Fixtures.project(project, "noncompliant");
		RecordingLog log = new RecordingLog();
		MojoFailureException failure = assertThrows(MojoFailureException.class, () -> validate(project, log).execute());
		assertTrue(failure.getMessage(), failure.getMessage().contains("6 finding(s) fail the build")); // RNG-1, VSOCK-2 and the integrity errors CPU-3, CPU-5, MEM-4, NET-1
		String text = log.text();
		assertTrue(text, text.contains("[ERROR] " + project.resolve("src/main/avp/cockpit-gaps.avp") + ":87: error: AVPS-2.0-RNG-1: "));
		assertTrue(text, text.contains("cockpit-gaps.avp:148: error: AVPS-2.0-VSOCK-2: "));
		assertTrue(text, text.contains("[WARNING] " + project.resolve("src/main/avp/cockpit-gaps.avp") + ":104: warning: AVPS-2.0-STO-3: "));
		assertTrue(text, text.contains("[INFO] " + project.resolve("src/main/avp/soc.avp") + ":2: info: AVPS-2.0-GPIO-1: "));
	}

	@Test
	public void unchangedModelsAreNotCheckedAgainButFailTheSame() throws Exception {
		Path project = temp.newFolder().toPath();
		Path models = Fixtures.project(project, "noncompliant");
		RecordingLog first = new RecordingLog();
		assertThrows(MojoFailureException.class, () -> validate(project, first).execute());
		RecordingLog second = new RecordingLog();
		assertThrows(MojoFailureException.class, () -> validate(project, second).execute());
		assertTrue(second.text(), second.text().contains("unchanged since the last check"));
		assertTrue(second.text(), second.text().contains("cockpit-gaps.avp:87: error: AVPS-2.0-RNG-1: "));
		assertEqualsFindings(first, second);

		// the imported SoC changed: checked again
		Files.writeString(models.resolve("soc.avp"), "\n// reviewed\n", StandardOpenOption.APPEND);
		RecordingLog third = new RecordingLog();
		assertThrows(MojoFailureException.class, () -> validate(project, third).execute());
		assertFalse(third.text(), third.text().contains("unchanged since the last check"));
		// another profile: checked again
		RecordingLog strict = new RecordingLog();
		ValidateMojo mojo = validate(project, strict);
		mojo.profile = "avps-2.0-strict";
		assertThrows(MojoFailureException.class, mojo::execute);
		assertFalse(strict.text(), strict.text().contains("unchanged since the last check"));
	}

	private static void assertEqualsFindings(RecordingLog a, RecordingLog b) {
		List<String> x = a.lines.stream().filter(l -> l.contains(": AVPS-")).toList();
		List<String> y = b.lines.stream().filter(l -> l.contains(": AVPS-")).toList();
		assertTrue(x + " vs " + y, !x.isEmpty() && x.equals(y));
	}

	@Test
	public void failOnErrorFalsePassesAndFailOnWarningFails() throws Exception {
		Path project = temp.newFolder().toPath();
		Fixtures.project(project, "noncompliant");
		ValidateMojo lenient = validate(project, new RecordingLog());
		lenient.failOnError = false;
		lenient.execute();

		ValidateMojo warnings = validate(project, new RecordingLog());
		warnings.failOnError = false;
		warnings.failOnWarning = true;
		MojoFailureException failure = assertThrows(MojoFailureException.class, warnings::execute);
		assertTrue(failure.getMessage(), failure.getMessage().contains("4 finding(s)")); // STO-3, WDT-1 and the open dependencies FFI-1, FFI-2
	}

	@Test
	public void compliantPassesAndSkipSkips() throws Exception {
		Path project = temp.newFolder().toPath();
		Fixtures.project(project, "cockpit");
		RecordingLog log = new RecordingLog();
		ValidateMojo mojo = validate(project, log);
		mojo.failOnWarning = true;
		mojo.execute();
		assertTrue(log.text(), log.text().contains("0 error(s), 0 warning(s)"));

		Path gaps = temp.newFolder().toPath();
		Fixtures.project(gaps, "noncompliant");
		RecordingLog skipped = new RecordingLog();
		ValidateMojo skip = validate(gaps, skipped);
		skip.skip = true;
		skip.execute();
		assertTrue(skipped.text(), skipped.text().contains("skipped"));
		assertFalse(Files.exists(gaps.resolve("target")));
	}

	@Test
	public void aModelThatDoesNotParseFailsWhateverTheSettings() throws Exception {
		Path project = temp.newFolder().toPath();
		Path models = Files.createDirectories(project.resolve("src/main/avp"));
		Files.writeString(models.resolve("broken.avp"), "platform broken {\n  vm {\n");
		RecordingLog log = new RecordingLog();
		ValidateMojo mojo = validate(project, log);
		mojo.failOnError = false;
		MojoFailureException failure = assertThrows(MojoFailureException.class, mojo::execute);
		assertTrue(failure.getMessage(), failure.getMessage().contains("could not be parsed"));
		assertTrue(log.text(), log.text().contains(models.resolve("broken.avp") + ":"));
		assertTrue(log.text(), log.text().contains(": error: model: "));
	}

	@Test
	public void aMissingModelIsAClearError() throws Exception {
		Path project = temp.newFolder().toPath();
		ValidateMojo mojo = validate(project, new RecordingLog());
		mojo.models = List.of(new File("src/platform.avp"));
		MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
		assertTrue(error.getMessage(), error.getMessage().contains(project.resolve("src/platform.avp") + " does not exist"));
		// no models folder at all: nothing to do
		RecordingLog log = new RecordingLog();
		validate(temp.newFolder().toPath(), log).execute();
		assertTrue(log.text(), log.text().contains("nothing to do"));
	}

	@Test
	public void withASarifBaselineOnlyNewFindingsFailTheBuild() throws Exception {
		Path project = temp.newFolder().toPath();
		Fixtures.project(project, "noncompliant");
		ReportMojo report = Fixtures.configure(new ReportMojo(), project, new RecordingLog());
		report.formats = List.of("sarif");
		report.execute();
		Path sarif = project.resolve("target/avp/cockpit-gaps.sarif");
		assertTrue(Files.isRegularFile(sarif));

		// the baseline is the reports of this very build (a folder: one SARIF file per model): nothing new, it passes
		Path folder = Files.createDirectories(project.resolve("previous"));
		Files.copy(sarif, folder.resolve("cockpit-gaps.sarif"));
		Files.copy(project.resolve("target/avp/soc.sarif"), folder.resolve("soc.sarif"));
		Path baseline = folder.resolve("cockpit-gaps.sarif");
		RecordingLog same = new RecordingLog();
		ValidateMojo mojo = validate(project, same);
		mojo.baseline = folder.toFile();
		try {
			mojo.execute();
		} catch (MojoFailureException e) {
			throw new AssertionError(same.text(), e);
		}
		assertTrue(same.text(), same.text().contains("cockpit-gaps.avp:87: error: AVPS-2.0-RNG-1: "));
		assertTrue(same.text(), same.text().contains("[unchanged]"));
		// waived findings are logged as "waived (...)" and so never match: they are infos, which count for nothing
		assertFalse(same.text(), same.lines.stream().anyMatch(l -> !l.startsWith("[INFO]") && l.endsWith("[new]")));

		// a baseline without RNG-1 and with a finding fixed since: RNG-1 is new and fails, the other is absent
		JsonObject root = JsonParser.parseString(Files.readString(sarif)).getAsJsonObject();
		JsonArray results = root.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results");
		for (int i = results.size() - 1; i >= 0; i--) {
			if (results.get(i).getAsJsonObject().get("ruleId").getAsString().equals("AVPS-2.0-RNG-1")) {
				results.remove(i);
			}
		}
		JsonObject fixed = results.get(0).deepCopy().getAsJsonObject();
		fixed.addProperty("ruleId", "AVPS-2.0-NET-1");
		fixed.getAsJsonObject("message").addProperty("text", "a finding fixed since");
		results.add(fixed);
		Files.writeString(baseline, root.toString(), StandardCharsets.UTF_8);
		RecordingLog changed = new RecordingLog();
		ValidateMojo again = validate(project, changed);
		again.baseline = folder.toFile();
		MojoFailureException failure = assertThrows(MojoFailureException.class, again::execute);
		assertTrue(failure.getMessage(), failure.getMessage().contains("1 finding(s)"));
		assertTrue(changed.text(), changed.text().contains("cockpit-gaps.avp:87: error: AVPS-2.0-RNG-1: ")
				&& changed.lines.stream().anyMatch(l -> l.contains("AVPS-2.0-RNG-1") && l.endsWith("[new]")));
		assertTrue(changed.text(), changed.lines.stream().anyMatch(l -> l.contains("AVPS-2.0-VSOCK-2") && l.endsWith("[unchanged]")));
		assertTrue(changed.text(), changed.lines.stream().anyMatch(l -> l.contains("AVPS-2.0-NET-1: a finding fixed since [absent]")));

		// not SARIF: a clear error naming the file
		Files.writeString(baseline, "<xml/>");
		ValidateMojo broken = validate(project, new RecordingLog());
		broken.baseline = baseline.toFile();
		MojoExecutionException error = assertThrows(MojoExecutionException.class, broken::execute);
		assertTrue(error.getMessage(), error.getMessage().contains(baseline + ": not a SARIF report"));
	}
}
