// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import org.avpstudio.ui.builder.AvpMarkers;
import org.avpstudio.ui.builder.AvpNature;
import org.avpstudio.ui.commands.CheckComplianceHandler;
import org.avpstudio.ui.commands.GenerateHandler;
import org.avpstudio.ui.preferences.ComplianceProfilePreference;
import org.avpstudio.ui.views.ComplianceView;
import org.avpstudio.ui.views.ReportView;
import org.avpstudio.ui.wizards.NewPlatformWizard;
import org.avpstudio.ui.wizards.PlatformTemplate;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

/** The workspace side: builder markers with requirement ids, marker quick fixes, Generate, Check compliance, Export, wizards. */
public class AvpWorkspaceTest {

	private static IProject project;

	@BeforeClass
	public static void createExamples() throws Exception {
		project = Workbench.examples("workspace-examples");
	}

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	private static List<IMarker> markers(IFile file) throws Exception {
		return Arrays.asList(file.findMarkers(AvpMarkers.PROBLEM, true, IResource.DEPTH_ZERO));
	}

	@Test
	public void examplesProjectHasTheNatureAndTheBuilderMarksFindings() throws Exception {
		assertTrue(project.hasNature(AvpNature.ID));
		List<IMarker> gaps = markers(project.getFile("noncompliant/cockpit-gaps.avp"));
		IMarker rng = gaps.stream().filter(m -> "AVPS-2.0-RNG-1".equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no RNG marker among " + gaps.size()));
		assertEquals(IMarker.SEVERITY_ERROR, rng.getAttribute(IMarker.SEVERITY, -1));
		assertEquals(87, rng.getAttribute(IMarker.LINE_NUMBER, -1));
		assertTrue(rng.getAttribute(IMarker.MESSAGE, ""), rng.getAttribute(IMarker.MESSAGE, "").startsWith("AVPS-2.0-RNG-1: VM 'ivi' has no virtio-rng"));
		assertTrue(gaps.stream().anyMatch(m -> "AVPS-2.0-VSOCK-2".equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))));
		assertTrue("devbox is clean", markers(project.getFile("devbox/devbox.avp")).stream()
				.noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR));
		Workbench.page().showView("org.eclipse.ui.views.ProblemView");
		Workbench.settle(1000);
		Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "problems-view");
	}

	@Test
	public void markerResolutionFixesTheFileAndTheMarkerGoes() throws Exception {
		IFile file = project.getFile("noncompliant/fix-me.avp");
		file.create(project.getFile("noncompliant/cockpit-gaps.avp").getContents(), true, null);
		Workbench.waitForBuild();
		IMarker rng = markers(file).stream().filter(m -> "AVPS-2.0-RNG-1".equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))).findFirst().orElseThrow();
		assertTrue(IDE.getMarkerHelpRegistry().hasResolutions(rng));
		IMarkerResolution[] resolutions = IDE.getMarkerHelpRegistry().getResolutions(rng);
		assertEquals(1, resolutions.length);
		assertEquals("Add a virtio-rng entropy device", resolutions[0].getLabel());
		String before = file.readString();
		resolutions[0].run(rng);
		Workbench.waitForBuild();
		String after = file.readString();
		assertEquals(before.lines().count() + 1, after.lines().count());
		assertTrue(markers(file).stream().noneMatch(m -> "AVPS-2.0-RNG-1".equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))));
	}

	@Test
	public void savingAnImportedFileRevalidatesTheFilesThatImportIt() throws Exception {
		IFile soc = project.getFile("cockpit/soc.avp");
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		assertTrue(markers(cockpit).stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR));
		String original = soc.readString();
		soc.setContents(new ByteArrayInputStream(original.replace("core a55_0 index 0", "core x55_0 index 0").getBytes(StandardCharsets.UTF_8)),
				IResource.KEEP_HISTORY, null);
		Workbench.waitForBuild();
		assertTrue("cockpit.avp now refers to a missing core", markers(cockpit).stream()
				.anyMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR && m.getAttribute(IMarker.MESSAGE, "").contains("a55_0")));
		soc.setContents(new ByteArrayInputStream(original.getBytes(StandardCharsets.UTF_8)), IResource.KEEP_HISTORY, null);
		Workbench.waitForBuild();
		assertTrue(markers(cockpit).stream().noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR));
	}

	@Test
	public void generateWritesEveryChosenTargetIntoTheProject() throws Exception {
		IFile model = project.getFile("devbox/devbox.avp");
		Job job = GenerateHandler.schedule(model, List.of("qemu", "libvirt", "guest-check"));
		job.join();
		assertTrue(job.getResult().toString(), job.getResult().isOK());
		assertTrue(project.getFolder("generated/qemu").exists());
		IResource[] qemu = project.getFolder("generated/qemu").members();
		assertTrue(Arrays.toString(qemu), qemu.length > 0);
		assertTrue(project.getFolder("generated/libvirt").members().length > 0);
		assertTrue(project.getFolder("generated/guest-check").members().length > 0);
		assertTrue("generated files are marked derived", project.getFolder("generated").isDerived());
	}

	@Test
	public void generateOfABrokenModelFailsWithTheParseError() throws Exception {
		IFile broken = project.getFile("broken.avp");
		broken.create(new ByteArrayInputStream("platform broken {\n\tvm x {\n".getBytes(StandardCharsets.UTF_8)), true, null);
		Job job = GenerateHandler.schedule(broken, List.of("qemu"));
		job.join();
		assertFalse(job.getResult().isOK());
		String message = String.valueOf(job.getResult().getChildren().length > 0 ? job.getResult().getChildren()[0].getMessage() : job.getResult().getMessage());
		assertTrue(message, message.contains("broken.avp:2:8: error: mismatched input"));
		broken.delete(true, null);
	}

	/** A file with CR endings cut in an unclosed block gets its syntax error marker, on the line LF endings give. */
	@Test
	public void markersOfAFileWithCrEndingsAreWhereLfPutsThem() throws Exception {
		String lf = "platform cut {\n\tvm x {\n\t\tmemory 64 MiB\n";
		IFile crFile = project.getFile("cut-cr.avp");
		IFile lfFile = project.getFile("cut-lf.avp");
		crFile.create(new ByteArrayInputStream(lf.replace('\n', '\r').getBytes(StandardCharsets.UTF_8)), true, null);
		lfFile.create(new ByteArrayInputStream(lf.getBytes(StandardCharsets.UTF_8)), true, null);
		Workbench.waitForBuild();
		List<Integer> crLines = errorLines(crFile);
		assertFalse("the syntax error is a marker", crLines.isEmpty());
		assertEquals(errorLines(lfFile), crLines);
		crFile.delete(true, null);
		lfFile.delete(true, null);
	}

	private static List<Integer> errorLines(IFile file) throws Exception {
		return markers(file).stream().filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR)
				.map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1)).sorted().toList();
	}

	@Test
	public void checkComplianceCommandWritesAndShowsTheHtmlReport() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("noncompliant/cockpit-gaps.avp"));
		assertNotNull(editor);
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand("org.avpstudio.ui.checkCompliance", null);
		Workbench.waitUntil("the report view", 60, () -> Workbench.page().findView(ReportView.ID) != null
				&& ((ReportView) Workbench.page().findView(ReportView.ID)).shown() != null);
		IFile report = project.getFile("reports/cockpit-gaps-compliance.html");
		assertTrue(report.exists());
		String html = Files.readString(report.getLocation().toFile().toPath());
		assertTrue(html.contains("AVPS-2.0-RNG-1"));
		Workbench.page().setPartState(Workbench.page().findViewReference(ReportView.ID), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.settle(3000);
		Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "report-view");
		Workbench.page().setPartState(Workbench.page().findViewReference(ReportView.ID), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
	}

	@Test
	public void exportCommandsWriteSarifJUnitAndReqIf() throws Exception {
		IFile model = project.getFile("devbox/devbox.avp");
		Workbench.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		ICommandService commands = PlatformUI.getWorkbench().getService(ICommandService.class);
		for (String format : List.of("sarif", "junit", "reqif")) {
			ParameterizedCommand command = ParameterizedCommand.generateCommand(commands.getCommand("org.avpstudio.ui.export"),
					java.util.Map.of("org.avpstudio.ui.export.format", format));
			org.eclipse.ui.IViewPart explorer = Workbench.page().findView("org.eclipse.ui.navigator.ProjectExplorer");
			((org.eclipse.ui.part.ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(model));
			Workbench.page().activate(explorer);
			PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		}
		Workbench.waitUntil("the three exports", 60, () -> project.getFile("reports/devbox.sarif").exists()
				&& project.getFile("reports/devbox-compliance.junit.xml").exists() && project.getFile("reports/devbox-compliance.reqif").exists());
		String reqif = project.getFile("reports/devbox-compliance.reqif").readString();
		assertTrue(reqif.contains("<REQ-IF ") && reqif.contains("LONG-NAME=\"provenance\"") && reqif.contains("AVPS-2.0-GFX-12"));
		assertTrue(project.getFile("reports/devbox.sarif").readString().contains("\"version\": \"2.1.0\"")
				|| project.getFile("reports/devbox.sarif").readString().contains("\"version\":\"2.1.0\""));
		assertTrue(project.getFile("reports/devbox-compliance.junit.xml").readString().contains("<testsuite"));

		// saved as an editor saves: a report the user made read-only is refused with the reason, an unchanged one is not rewritten
		java.nio.file.Path sarif = project.getFile("reports/devbox.sarif").getLocation().toFile().toPath();
		java.nio.file.attribute.FileTime written = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
		Files.setLastModifiedTime(sarif, written);
		Job again = CheckComplianceHandler.schedule(model, "sarif", false);
		again.join();
		assertTrue(again.getResult().toString(), again.getResult().isOK());
		assertEquals("the same report is not written again", written, Files.getLastModifiedTime(sarif));
		java.nio.file.Path junit = project.getFile("reports/devbox-compliance.junit.xml").getLocation().toFile().toPath();
		Files.writeString(junit, "an older report");
		Files.setPosixFilePermissions(junit, java.nio.file.attribute.PosixFilePermissions.fromString("r--r--r--"));
		Job refused = CheckComplianceHandler.schedule(model, "junit", false);
		refused.join();
		assertFalse(refused.getResult().isOK());
		assertTrue(refused.getResult().getMessage(), refused.getResult().getMessage().contains("the file is read-only"));
		assertEquals("an older report", Files.readString(junit));
		Files.setPosixFilePermissions(junit, java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
	}

	@Test
	public void complianceViewListsRequirementsOfTheActiveModel() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("noncompliant/cockpit-gaps.avp"));
		ComplianceView view = (ComplianceView) Workbench.page().showView(ComplianceView.ID);
		Workbench.page().activate(editor);
		java.util.function.BooleanSupplier gapsShown = () -> view.rows().stream()
				.anyMatch(r -> r.requirementId().equals("AVPS-2.0-VSOCK-2") && r.status().equals("fail"))
				&& view.rows().stream().anyMatch(r -> r.requirementId().equals("AVPS-2.0-RNG-1") && r.vm().equals("cluster") && r.status().equals("pass"));
		try {
			Workbench.waitUntil("the rows of cockpit-gaps", 60, gapsShown);
		} catch (AssertionError e) {
			throw new AssertionError(e.getMessage() + "; RNG-1 and VSOCK-2 rows: " + view.rows().stream()
					.filter(r -> r.requirementId().equals("AVPS-2.0-RNG-1") || r.requirementId().equals("AVPS-2.0-VSOCK-2")).toList(), e);
		}
		assertTrue(view.rows().stream().anyMatch(r -> r.status().equals("waived")));
		assertEquals("failures are listed first", "fail", view.rows().get(0).status());
		Workbench.page().activate(view);
		Workbench.settle(500);
		Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "compliance-view");
	}

	@Test
	public void newPlatformWizardCreatesAValidModelFromEachTemplate() throws Exception {
		for (PlatformTemplate template : PlatformTemplate.values()) {
			NewPlatformWizard wizard = new NewPlatformWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
			WizardDialog dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
			dialog.create();
			String name = template.name().toLowerCase() + ".avp";
			wizard.setFile(project.getFullPath().toString(), name);
			wizard.selectTemplate(template);
			assertTrue(wizard.performFinish());
			dialog.close();
			Workbench.waitForBuild();
			IFile created = project.getFile(name);
			assertTrue(created.exists());
			assertTrue(created.readString().contains("platform " + template.name().toLowerCase() + " {"));
			assertTrue(template + " makes a compliant platform: " + markers(created), markers(created).stream()
					.noneMatch(m -> m.getAttribute(IMarker.SEVERITY, -1) >= IMarker.SEVERITY_WARNING));
		}
	}

	@Test
	public void strictProfileTurnsWarningsIntoErrors() throws Exception {
		IFile file = project.getFile("noncompliant/cockpit-gaps.avp");
		IMarker watchdog = markers(file).stream().filter(m -> "AVPS-2.0-WDT-1".equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))).findFirst().orElseThrow();
		assertEquals(IMarker.SEVERITY_WARNING, watchdog.getAttribute(IMarker.SEVERITY, -1));
		try {
			ComplianceProfilePreference.set("avps-2.0-strict");
			project.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
			IMarker strict = markers(file).stream().filter(m -> "AVPS-2.0-WDT-1".equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))).findFirst().orElseThrow();
			assertEquals(IMarker.SEVERITY_ERROR, strict.getAttribute(IMarker.SEVERITY, -1));
		} finally {
			ComplianceProfilePreference.set("avps-2.0");
			project.build(org.eclipse.core.resources.IncrementalProjectBuilder.FULL_BUILD, null);
		}
	}
}
