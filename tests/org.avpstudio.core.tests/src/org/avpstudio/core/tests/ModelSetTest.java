// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.avpstudio.core.DiagramExport;
import org.avpstudio.core.Generation;
import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.ReportFormat;
import org.avpstudio.core.Reports;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.generator.Targets;
import org.avpstudio.generator.report.GuestResults;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** The headless API as a host (CLI, Eclipse, a build plugin) uses it: typed results, settings that travel with the models. */
public class ModelSetTest {

	private static final Path EXAMPLES = Path.of(System.getProperty("avp.examples", "../../examples"));

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void twoModelSetsInOneJvmKeepTheirOwnProfile() throws Exception {
		Path gaps = EXAMPLES.resolve("noncompliant/cockpit-gaps.avp");
		PlatformModel lenient = new ModelSet(ComplianceSettings.load("avps-2.0", List.of())).load(gaps);
		PlatformModel strict = new ModelSet(ComplianceSettings.load("avps-2.0-strict", List.of())).load(gaps);
		PlatformModel lenientAgain = new ModelSet(ComplianceSettings.defaults()).load(gaps);
		assertEquals(ModelDiagnostic.Severity.WARNING, severityOf(lenient, "AVPS-2.0-WDT-1"));
		assertEquals(ModelDiagnostic.Severity.ERROR, severityOf(strict, "AVPS-2.0-WDT-1"));
		assertEquals("the strict set did not change the other sets", ModelDiagnostic.Severity.WARNING, severityOf(lenientAgain, "AVPS-2.0-WDT-1"));
		assertEquals("avps-2.0-strict", strict.compliance().profile().name());
		ModelDiagnostic watchdog = lenient.diagnostics().stream().filter(d -> d.ruleId().equals("AVPS-2.0-WDT-1")).findFirst().orElseThrow();
		assertEquals(49, watchdog.line());
		assertEquals(ModelDiagnostic.Kind.COMPLIANCE, watchdog.kind());
		assertFalse("a fix hint for the user", watchdog.fixHint().isEmpty());
		assertTrue(lenient.usable());
	}

	@Test
	public void generatesReportsAndDrawsAUsableModel() throws Exception {
		PlatformModel cockpit = ModelSet.withDefaults().load(EXAMPLES.resolve("cockpit/cockpit.avp"));
		assertTrue(cockpit.diagnostics().toString(), cockpit.usable());
		Path out = tmp.newFolder("out").toPath();
		Generation.Result first = Generation.generate(cockpit, Targets.all(), out);
		assertTrue(first.files().changed().size() > 5);
		Generation.Result again = Generation.generate(cockpit, Targets.all(), out);
		assertEquals("a second run writes nothing", 0, again.files().changed().size());
		assertEquals(first.files().total(), again.files().unchanged().size());

		Path html = tmp.getRoot().toPath().resolve("reports/cockpit.html");
		Reports.Report report = Reports.write(cockpit, ReportFormat.HTML, List.of(new GuestResults.Check("nosuchvm", "AVPS-2.0-RNG-1", "PASS", "rng", "")), html);
		assertTrue(Files.readString(html).contains("<svg"));
		assertEquals(1, report.warnings().size());
		assertTrue(report.warnings().get(0), report.warnings().get(0).contains("'nosuchvm'"));
		assertTrue(DiagramExport.svg(cockpit).startsWith("<svg") || DiagramExport.svg(cockpit).startsWith("<?xml"));
	}

	@Test
	public void aBrokenModelIsNotUsableAndNothingIsGeneratedFromIt() throws Exception {
		Path broken = tmp.getRoot().toPath().resolve("broken.avp");
		Files.writeString(broken, "platform broken {\n\tvm a {\n");
		PlatformModel model = ModelSet.withDefaults().load(broken);
		assertFalse(model.usable());
		assertTrue(model.blockingDiagnostics().stream().allMatch(d -> d.kind() == ModelDiagnostic.Kind.MODEL));
		Path out = tmp.getRoot().toPath().resolve("out");
		try {
			Generation.generate(model, Targets.all(), out);
			fail("generated from a broken model");
		} catch (ModelException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("nothing was generated"));
		}
		assertFalse(Files.exists(out));
	}

	@Test
	public void missingAndForeignFilesAreRefusedWithTheirName() throws Exception {
		for (Path file : List.of(tmp.getRoot().toPath().resolve("missing.avp"), Files.writeString(tmp.getRoot().toPath().resolve("x.txt"), "x"))) {
			try {
				ModelSet.withDefaults().load(file);
				fail("loaded " + file);
			} catch (ModelException e) {
				assertTrue(e.getMessage(), e.getMessage().startsWith(file.toString()));
			}
		}
	}

	@Test
	public void quickFixesAreSavedAsAnEditorSavesAndTheModeIsKept() throws Exception {
		Path folder = tmp.newFolder("gaps").toPath();
		Files.copy(EXAMPLES.resolve("noncompliant/soc.avp"), folder.resolve("soc.avp"));
		Path gaps = Files.copy(EXAMPLES.resolve("noncompliant/cockpit-gaps.avp"), folder.resolve("cockpit-gaps.avp"));
		Files.setPosixFilePermissions(gaps, PosixFilePermissions.fromString("rw-rw-r--"));
		PlatformModel model = ModelSet.withDefaults().load(gaps);
		List<String> applied = model.applyQuickFixes();
		assertFalse("the gaps example has findings with quick fixes", applied.isEmpty());
		assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(gaps)));
		PlatformModel fixed = ModelSet.withDefaults().load(gaps);
		assertTrue(fixed.diagnostics().stream().filter(d -> !d.quickFix().isEmpty()).count()
				< model.diagnostics().stream().filter(d -> !d.quickFix().isEmpty()).count());
		assertEquals("nothing left to fix: nothing written", List.of(), fixed.applyQuickFixes());
	}

	private static ModelDiagnostic.Severity severityOf(PlatformModel model, String ruleId) {
		return model.diagnostics().stream().filter(d -> d.ruleId().equals(ruleId)).findFirst().orElseThrow(() -> new AssertionError(ruleId + " in " + model.diagnostics())).severity();
	}
}
