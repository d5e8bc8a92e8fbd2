// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.avpstudio.ui.builder.AvpMarkers;
import org.avpstudio.ui.preferences.ComplianceProfilePreference;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.preference.PreferenceDialog;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.dialogs.PreferencesUtil;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

/**
 * Settings travel with the models: two projects with different compliance profiles, open side by side, get
 * different markers and editor annotations for the same model; the project's choice lives in its .settings folder.
 */
public class ProjectSettingsTest {

	private static final String WATCHDOG = "AVPS-2.0-WDT-1";
	private static final String GAPS = "noncompliant/cockpit-gaps.avp";

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	public void twoProjectsWithDifferentProfilesGetDifferentMarkersSideBySide() throws Exception {
		IProject lenient = Workbench.examples("profile-workspace-default");
		IProject strict = Workbench.examples("profile-strict");
		assertEquals(ComplianceProfilePreference.get(), "avps-2.0");
		ProjectCompliance.store(strict, true, new ProjectCompliance.Choice("avps-2.0-strict", List.of()));
		Job.getJobManager().join(ProjectCompliance.REVALIDATION, null);
		Workbench.waitForBuild();

		assertTrue("the choice is shared through version control", strict.getFile(".settings/org.avpstudio.ui.prefs").exists());
		assertFalse(lenient.getFile(".settings/org.avpstudio.ui.prefs").exists());
		assertEquals(IMarker.SEVERITY_WARNING, watchdogMarker(lenient.getFile(GAPS)).getAttribute(IMarker.SEVERITY, -1));
		assertEquals(IMarker.SEVERITY_ERROR, watchdogMarker(strict.getFile(GAPS)).getAttribute(IMarker.SEVERITY, -1));

		ITextEditor left = Workbench.open(lenient.getFile(GAPS));
		ITextEditor right = Workbench.open(strict.getFile(GAPS));
		IWorkbenchPage page = Workbench.page();
		// an editor first shows what the server found before it was opened, then its own validation
		Workbench.waitUntil("the strict project's editor shows the watchdog finding as an error (" + editorSettings(right) + ")", 60,
				() -> watchdogSeverity(right) == DiagnosticSeverity.Error);
		Workbench.waitUntil("the other editor shows it as a warning", 60, () -> watchdogSeverity(left) == DiagnosticSeverity.Warning);
		page.showView("org.eclipse.ui.views.ProblemView");
		Workbench.settle(1000);
		Screenshots.take(page.getWorkbenchWindow().getShell(), "two-projects-two-profiles");

		// back to the workspace's profile: the markers follow
		ProjectCompliance.store(strict, false, new ProjectCompliance.Choice("avps-2.0", List.of()));
		Job.getJobManager().join(ProjectCompliance.REVALIDATION, null);
		Workbench.waitForBuild();
		assertEquals(IMarker.SEVERITY_WARNING, watchdogMarker(strict.getFile(GAPS)).getAttribute(IMarker.SEVERITY, -1));
		Workbench.waitUntil("the editor follows the project's settings", 60, () -> watchdogSeverity(right) == DiagnosticSeverity.Warning);
	}

	@Test
	public void aProjectsCatalogFileChangesItsMarkers() throws Exception {
		IProject project = Workbench.examples("profile-own-catalog");
		assertEquals(IMarker.SEVERITY_WARNING, watchdogMarker(project.getFile(GAPS)).getAttribute(IMarker.SEVERITY, -1));
		org.eclipse.core.resources.IFolder catalogs = project.getFolder("catalogs");
		catalogs.create(true, true, null);
		catalogs.getFile("watchdog-must.csv").create(new java.io.ByteArrayInputStream("id,level\nAVPS-2.0-WDT-1,MUST\n"
				.getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		ProjectCompliance.store(project, true, new ProjectCompliance.Choice("avps-2.0", List.of("catalogs/watchdog-must.csv")));
		Job.getJobManager().join(ProjectCompliance.REVALIDATION, null);
		Workbench.waitForBuild();
		assertEquals("the project's catalog makes the watchdog a MUST", IMarker.SEVERITY_ERROR,
				watchdogMarker(project.getFile(GAPS)).getAttribute(IMarker.SEVERITY, -1));
		assertEquals("avps-2.0", ProjectCompliance.settingsFor(project).profile().name());
		assertTrue(ProjectCompliance.settingsFor(project).catalog().provenance().contains("watchdog-must.csv"));
	}

	/**
	 * A ReqIF document from a requirements tool as the project's catalog (with its .mapping beside it): the watchdog
	 * becomes a MUST and official, and the AVPS Compliance view shows each requirement's provenance.
	 */
	@Test
	public void aProjectsReqIfCatalogMakesItsRequirementsOfficial() throws Exception {
		IProject project = Workbench.examples("profile-reqif-catalog");
		org.eclipse.core.resources.IFolder catalogs = project.getFolder("catalogs");
		catalogs.create(true, true, null);
		java.nio.file.Path fixture = java.nio.file.Path.of("../org.avpstudio.cli.tests/resources/reqif/oem-avps.reqif").toAbsolutePath();
		for (String name : List.of("oem-avps.reqif", "oem-avps.reqif.mapping")) {
			catalogs.getFile(name).create(new java.io.ByteArrayInputStream(java.nio.file.Files.readAllBytes(fixture.resolveSibling(name))), true, null);
		}
		ProjectCompliance.store(project, true, new ProjectCompliance.Choice("avps-2.0", List.of("catalogs/oem-avps.reqif")));
		Job.getJobManager().join(ProjectCompliance.REVALIDATION, null);
		Workbench.waitForBuild();
		assertEquals("the OEM's document makes the watchdog a MUST", IMarker.SEVERITY_ERROR,
				watchdogMarker(project.getFile(GAPS)).getAttribute(IMarker.SEVERITY, -1));
		assertTrue(ProjectCompliance.settingsFor(project).catalog().provenance().contains("oem-avps.reqif (ReqIF, 3 entries)"));

		ITextEditor editor = Workbench.open(project.getFile(GAPS));
		org.avpstudio.ui.views.ComplianceView view = (org.avpstudio.ui.views.ComplianceView) Workbench.page()
				.showView(org.avpstudio.ui.views.ComplianceView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil("the view shows the watchdog as official, from the project's ReqIF catalog", 60,
				() -> view.rows().stream().anyMatch(r -> r.requirementId().equals(WATCHDOG))
						&& view.rows().stream().filter(r -> r.requirementId().equals(WATCHDOG)).allMatch(r -> r.provenance().startsWith("official")));
		assertTrue(view.rows().stream().anyMatch(r -> r.requirementId().equals("AVPS-2.0-GFX-12")
				&& r.provenance().startsWith("draft-wording (§2.8.1, REQ-3")));
		assertTrue(view.rows().stream().anyMatch(r -> r.provenance().startsWith("reconstructed")));
		Workbench.settle(1000);
		Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "compliance-view-provenance");
	}

	@Test
	public void thePropertyPageShowsTheProjectsChoiceAndRefusesAMissingCatalog() throws Exception {
		IProject project = Workbench.examples("profile-property-page");
		ProjectCompliance.store(project, true, new ProjectCompliance.Choice("avps-2.0-strict", List.of()));
		PreferenceDialog dialog = PreferencesUtil.createPropertyDialogOn(Workbench.page().getWorkbenchWindow().getShell(), project,
				"org.avpstudio.ui.properties.compliance", new String[] { "org.avpstudio.ui.properties.compliance" }, null);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			Workbench.settle(500);
			org.eclipse.swt.widgets.Combo profile = find(dialog.getShell(), org.eclipse.swt.widgets.Combo.class, 0);
			assertEquals("avps-2.0-strict", profile.getText());
			org.eclipse.swt.widgets.Text catalogs = find(dialog.getShell(), org.eclipse.swt.widgets.Text.class, org.eclipse.swt.SWT.MULTI);
			catalogs.setText("catalogs/missing.csv");
			Workbench.settle(300);
			org.eclipse.jface.preference.PreferencePage page = (org.eclipse.jface.preference.PreferencePage) dialog.getSelectedPage();
			String error = page.getErrorMessage();
			assertTrue(String.valueOf(error), error != null && error.contains("missing.csv"));
			Screenshots.take(dialog.getShell(), "project-compliance-properties");
			assertFalse("an unusable catalog cannot be stored", page.isValid());
		} finally {
			dialog.close();
		}
		assertEquals(List.of(), ProjectCompliance.choice(project).catalogs());
	}

	/** What the language server checks the editor's text with, for a failure message. */
	private static String editorSettings(ITextEditor editor) {
		return org.avpstudio.ui.editor.AvpLanguageServer.answer(org.avpstudio.ui.editor.AvpLanguageServer.get().read(Workbench.sync(editor).id().getUri(),
				resource -> "checked with " + org.avpstudio.dsl.validation.ComplianceSettings.of(resource).profile().name()));
	}

	private static IMarker watchdogMarker(IFile file) throws Exception {
		return Arrays.stream(file.findMarkers(AvpMarkers.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> WATCHDOG.equals(m.getAttribute(AvpMarkers.REQUIREMENT_ID, ""))).findFirst()
				.orElseThrow(() -> new AssertionError("no " + WATCHDOG + " marker on " + file));
	}

	private static DiagnosticSeverity watchdogSeverity(ITextEditor editor) {
		org.eclipse.jface.text.source.IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		for (java.util.Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof org.avpstudio.ui.editor.DiagnosticAnnotation shown && WATCHDOG.equals(shown.requirementId())) {
				return shown.diagnostic().getSeverity();
			}
		}
		return null;
	}

	/** The first visible control of {@code type} with every bit of {@code style}. */
	private static <T extends org.eclipse.swt.widgets.Control> T find(org.eclipse.swt.widgets.Composite parent, Class<T> type, int style) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (type.isInstance(child) && child.isVisible() && (child.getStyle() & style) == style) {
				return type.cast(child);
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				T found = find(composite, type, style);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
