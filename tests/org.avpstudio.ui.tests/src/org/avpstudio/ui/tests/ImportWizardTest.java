// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.avpstudio.importer.Importer;
import org.avpstudio.importer.Importers;
import org.avpstudio.ui.builder.AvpMarkers;
import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.EditorAccess;
import org.avpstudio.ui.importing.ImportPlatformWizard;
import org.avpstudio.ui.importing.ImportReportPage;
import org.avpstudio.ui.importing.ReportRows;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * File > Import > AVP Studio > Hypervisor configurations, driven as a user does: the wizard comes from the import
 * wizard registry, the report page lists what the import left out, Finish writes the .avp file and opens it.
 */
public class ImportWizardTest {

	private static IProject project;
	private WizardDialog dialog;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@BeforeClass
	public static void createProject() throws Exception {
		project = ResourcesPlugin.getWorkspace().getRoot().getProject("imports");
		if (project.exists()) {
			project.delete(true, true, null);
		}
		project.create(null);
		project.open(null);
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().setBounds(0, 0, 1280, 960);
	}

	@After
	public void closeDialog() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Workbench.closeAll();
	}

	static Path resource(String name) {
		return Path.of(System.getProperty("avp.resources", "resources")).toAbsolutePath().normalize().resolve(name);
	}

	/** The wizard as File > Import creates it: from the registry, under the AVP Studio category, with the project selected. */
	private ImportPlatformWizard openWizard() throws Exception {
		IWizardCategory category = PlatformUI.getWorkbench().getImportWizardRegistry().getRootCategory().findCategory(new org.eclipse.core.runtime.Path("org.avpstudio.ui.importWizards"));
		assertNotNull("an AVP Studio category of import wizards", category);
		assertEquals("AVP Studio", category.getLabel());
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getImportWizardRegistry().findWizard(ImportPlatformWizard.ID);
		assertNotNull(descriptor);
		assertEquals("Hypervisor configurations", descriptor.getLabel());
		assertTrue(Arrays.asList(category.getWizards()).contains(descriptor));
		IImportWizard wizard = (IImportWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setSize(980, 880);
		return (ImportPlatformWizard) wizard;
	}

	/** Next, then waits until the import has run and its report is on the page. */
	private ImportReportPage next(ImportPlatformWizard wizard) {
		assertTrue("page 1 is complete", wizard.sourcePage().isPageComplete());
		assertFalse("no Finish before the report was shown", wizard.canFinish());
		dialog.showPage(wizard.reportPage());
		ImportReportPage report = wizard.reportPage();
		Workbench.waitUntil("the import report", 60, () -> report.outcome() != null);
		Workbench.settle(1500); // GTK paints the filled tree on a later frame; the screenshots must show it
		return report;
	}

	@Test
	public void reportListsWhatWasLeftOutAndFinishWritesAndOpensTheAvpFile() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		assertEquals("the formats the importer API lists, after detection",
				Importers.all().stream().map(Importer::id).toList(), wizard.sourcePage().formats().subList(1, wizard.sourcePage().formats().size()));
		assertEquals("the selected project is preselected", project, wizard.sourcePage().destinationProject());
		wizard.sourcePage().addInputs(List.of(resource("import/cockpit-domains.xml")));
		assertTrue("named after the input: " + wizard.sourcePage().getErrorMessage(), wizard.sourcePage().isPageComplete());

		ImportReportPage report = next(wizard);
		assertNull(report.shownError(), report.shownError());
		assertTrue(report.shownSummary(), report.shownSummary().startsWith("2 VMs from 1 file: "));
		assertTrue(report.shownSummary(), report.shownSummary().contains("Finish writes /imports/cockpit-domains.avp"));
		List<String> leftOut = report.shownRows(ReportRows.LEFT_OUT);
		for (String part : List.of("cockpit-domains.xml:5 | <uuid>", "cockpit-domains.xml:18 | <clock offset='utc'>", "cockpit-domains.xml:19 | <on_crash>",
				"cockpit-domains.xml:26 | <disk device='cdrom'", "cockpit-domains.xml:45 | <graphics")) {
			assertTrue(part + " is listed among " + leftOut, leftOut.stream().anyMatch(row -> row.startsWith(part)));
		}
		assertTrue("each part says why: " + leftOut, leftOut.stream().noneMatch(row -> row.endsWith("| ")));
		List<String> mapped = report.shownRows(ReportRows.MAPPED);
		assertTrue(mapped.toString(), mapped.contains(" | VirtualMachine: 2 | "));
		assertTrue(mapped.toString(), mapped.contains(" | BlockDevice: 2 | "));
		assertTrue("the platform name is made an .avp name: " + report.shownRows(ReportRows.RENAMED),
				report.shownRows(ReportRows.RENAMED).stream().anyMatch(row -> row.contains("'cockpit-domains' → 'cockpit_domains'")));
		assertTrue(wizard.canFinish());
		File shot = Screenshots.take(dialog.getShell(), "import-wizard-report");
		ImageData image = new ImageLoader().load(shot.getPath())[0];
		assertTrue("the screenshot shows the whole dialog", image.width >= 960 && image.height >= 860);
		assertTrue("the screenshot shows the report's rows", darkPixels(image, report) > 2000);

		boolean finished = wizard.performFinish();
		assertTrue(String.valueOf(wizard.reportPage().getErrorMessage()), finished);
		dialog.close();
		IFile written = project.getFile("cockpit-domains.avp");
		assertTrue(written.exists());
		String text = written.readString();
		assertTrue(text, text.startsWith("// Left out by the import (no place in the AVP model):\n"));
		assertTrue(text, text.contains("platform cockpit_domains {"));
		assertEquals("the report on the page is the one in the file", report.outcome().text(), text);

		IEditorPart editor = Workbench.page().getActiveEditor();
		assertNotNull("the .avp file is opened", editor);
		assertEquals(written, editor.getEditorInput().getAdapter(IFile.class));
		assertEquals("the AVP Editor (the Generic Editor under its own name)", "org.avpstudio.ui.editor", editor.getSite().getId());
		Workbench.waitUntil("the AVP editor to connect to the language server", 60,
				() -> AvpDocumentSync.of(EditorAccess.document(EditorAccess.textEditor(editor))) != null);
		Workbench.waitForBuild();
		assertTrue("the project gets the AVP nature (validation on build)", project.hasNature(org.avpstudio.ui.builder.AvpNature.ID));
		List<IMarker> errors = Arrays.stream(written.findMarkers(IMarker.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR).toList();
		List<String> described = errors.stream().map(m -> m.getAttribute(IMarker.LINE_NUMBER, -1) + ": " + m.getAttribute(IMarker.MESSAGE, "")).toList();
		assertTrue("no syntax or reference error: " + described, errors.stream().allMatch(m -> !m.getAttribute(AvpMarkers.REQUIREMENT_ID, "").isEmpty()));
		// the AVPS errors left are about what a libvirt domain does not say: the AVPS version claimed, the host's
		// virtualization features, how a directly booted kernel learns the hardware
		java.util.Set<String> requirements = errors.stream().map(m -> m.getAttribute(AvpMarkers.REQUIREMENT_ID, "")).collect(java.util.stream.Collectors.toSet());
		assertTrue(described.toString(), requirements.contains("AVPS-2.0-CONF-1"));
		assertTrue(described.toString(), java.util.Set.of("AVPS-2.0-CONF-1", "AVPS-2.0-HWV-1", "AVPS-2.0-BOOT-3").containsAll(requirements));
	}

	/** Pixels of text in the screenshot where the page's report tree is (an empty tree is white). */
	private int darkPixels(ImageData image, ImportReportPage report) {
		Tree tree = Arrays.stream(((Composite) report.getControl()).getChildren()).filter(Tree.class::isInstance).map(Tree.class::cast).findFirst().orElseThrow();
		org.eclipse.swt.graphics.Point at = tree.toDisplay(0, 0);
		org.eclipse.swt.graphics.Rectangle shell = dialog.getShell().getBounds();
		int dark = 0;
		for (int y = at.y - shell.y; y < Math.min(image.height, at.y - shell.y + tree.getSize().y); y++) {
			for (int x = at.x - shell.x; x < Math.min(image.width, at.x - shell.x + tree.getSize().x); x++) {
				org.eclipse.swt.graphics.RGB rgb = image.palette.getRGB(image.getPixel(x, y));
				if (rgb.red + rgb.green + rgb.blue < 200) {
					dark++;
				}
			}
		}
		return dark;
	}

	@Test
	public void anArxmlMachineManifestIsDetectedAndImported() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().addInputs(List.of(resource("import/zone-machines.arxml")));
		ImportReportPage report = next(wizard);
		assertNull(report.shownError(), report.shownError());
		assertTrue(report.shownSummary(), report.shownSummary().startsWith("2 VMs from 1 file: "));
		assertEquals("every element of the manifest mapped", List.of(), report.shownRows(ReportRows.LEFT_OUT));
		Screenshots.take(dialog.getShell(), "import-wizard-arxml");
		assertTrue(String.valueOf(wizard.reportPage().getErrorMessage()), wizard.performFinish());
		dialog.close();
		String text = project.getFile("zone-machines.avp").readString();
		assertTrue(text, text.contains("vm Gateway") && text.contains("vcpu 0 on core2") && text.contains("network ZoneBackbone"));
	}

	@Test
	public void malformedFileShowsItsErrorAndFinishStaysDisabled() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().addInputs(List.of(resource("import/unclosed-domain.xml")));
		wizard.sourcePage().setFormat("libvirt");
		ImportReportPage report = next(wizard);
		String error = report.shownError();
		assertNotNull("the error is on the page", error);
		assertTrue(error, error.matches("(?s).*unclosed-domain\\.xml:4:3: not well-formed XML: .+"));
		assertEquals(error, report.getErrorMessage());
		assertFalse("Finish is disabled", wizard.canFinish());
		assertFalse(wizard.performFinish());
		Screenshots.take(dialog.getShell(), "import-wizard-error");
		dialog.close();
		assertFalse("nothing is written", project.getFile("unclosed-domain.avp").exists());
	}

	@Test
	public void folderImportsTheFilesWhoseFormatIsRecognisedAndListsTheOthers() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().addInputs(List.of(resource("import/folder")));
		wizard.sourcePage().setDestination(project, "gateways.avp");
		ImportReportPage report = next(wizard);
		assertNull(report.shownError(), report.shownError());
		String folder = " | in " + resource("import/folder");
		assertEquals(List.of("gateway.cfg | xen" + folder, "telematics.cfg | xen" + folder), report.shownRows(ReportRows.FILES));
		assertEquals(List.of("NOTES.txt |  | format not recognised"), report.shownRows(ReportRows.SKIPPED));
		assertTrue(report.shownRows(ReportRows.LEFT_OUT).toString(),
				report.shownRows(ReportRows.LEFT_OUT).stream().anyMatch(row -> row.startsWith("telematics.cfg:5 | ")));

		// an existing file is replaced only when the user confirms
		IFile existing = project.getFile("gateways.avp");
		existing.create(new java.io.ByteArrayInputStream("// mine\n".getBytes(java.nio.charset.StandardCharsets.UTF_8)), true, null);
		wizard.answerOverwrite(file -> false);
		assertFalse(wizard.performFinish());
		assertEquals("// mine\n", existing.readString());
		wizard.answerOverwrite(file -> true);
		boolean finished = wizard.performFinish();
		assertTrue(String.valueOf(wizard.reportPage().getErrorMessage()), finished);
		assertTrue(existing.readString(), existing.readString().contains("vm telematics {"));
	}

	@Test
	public void fileNameMustBeAnAvpFileName() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().addInputs(List.of(resource("import/cockpit-domains.xml")));
		for (String bad : List.of("", "platform.txt", ".avp", "a/b.avp")) {
			wizard.sourcePage().setDestination(project, bad);
			assertFalse("'" + bad + "' is refused", wizard.sourcePage().isPageComplete());
			assertNotNull(wizard.sourcePage().getErrorMessage());
		}
		wizard.sourcePage().setDestination(project, "fine.avp");
		assertTrue(wizard.sourcePage().isPageComplete());
		Workbench.settle(500);
		Screenshots.take(dialog.getShell(), "import-wizard-source");
	}

	@Test
	public void boardDeviceTreeIsReadFirstAndTheVmIsPinnedOnItsCores() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().setHardware(resource("import/board/missing.dts"));
		assertFalse("a board that is not there is refused", wizard.sourcePage().isPageComplete());
		assertTrue(wizard.sourcePage().getErrorMessage(), wizard.sourcePage().getErrorMessage().endsWith("missing.dts does not exist."));
		wizard.sourcePage().setHardware(resource("import/board/board.dts"));
		assertTrue("the board alone is enough: " + wizard.sourcePage().getErrorMessage(), wizard.sourcePage().isPageComplete());
		wizard.sourcePage().addInputs(List.of(resource("import/board/gateway.xml")));
		wizard.sourcePage().setDestination(project, "board.avp");
		Workbench.settle(500);
		Screenshots.take(dialog.getShell(), "import-wizard-board-source");

		ImportReportPage report = next(wizard);
		assertNull(report.shownError(), report.shownError());
		String folder = "in " + resource("import/board");
		assertEquals("the board is listed first, as the hardware",
				List.of("board.dts | dts: the board's hardware, read first | " + folder, "gateway.xml | libvirt | " + folder),
				report.shownRows(ReportRows.FILES));
		assertTrue(report.shownSummary(), report.shownSummary().startsWith("1 VM from 2 files, on the board's hardware wizard_board (aarch64) from board.dts: "));
		List<String> mapped = report.shownRows(ReportRows.MAPPED);
		for (String row : List.of("board.dts:2 | hardware wizard_board (aarch64) | ", "board.dts:15 | memory 1024 MiB | ", " | PhysicalCore: 2 | ",
				"board.dts:12 | core cpu1 index 1 (/cpus/cpu@1, reg 0x1) | ", " | VirtualMachine: 1 | ")) {
			assertTrue(row + " is listed among " + mapped, mapped.contains(row));
		}
		assertTrue("the pinning is not left out: " + report.shownRows(ReportRows.LEFT_OUT),
				report.shownRows(ReportRows.LEFT_OUT).stream().noneMatch(row -> row.contains("vcpupin") || row.contains("cputune")));
		assertTrue(wizard.canFinish());
		File shot = Screenshots.take(dialog.getShell(), "import-wizard-board-report");
		ImageData image = new ImageLoader().load(shot.getPath())[0];
		assertTrue("the screenshot shows the report's rows", darkPixels(image, report) > 2000);

		boolean finished = wizard.performFinish();
		assertTrue(String.valueOf(wizard.reportPage().getErrorMessage()), finished);
		dialog.close();
		String text = project.getFile("board.avp").readString();
		assertTrue("vCPU 0 runs on the board's second core: " + text, text.contains("vcpu 0 on cpu1"));
		assertEquals(report.outcome().text(), text);
	}

	@Test
	public void theBoardAloneIsAnImport() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().setHardware(resource("import/board/board.dts"));
		assertTrue(wizard.sourcePage().getErrorMessage(), wizard.sourcePage().isPageComplete());
		ImportReportPage report = next(wizard);
		assertNull(report.shownError(), report.shownError());
		assertEquals(List.of("board.dts | dts: the board's hardware, read first | in " + resource("import/board")), report.shownRows(ReportRows.FILES));
		assertTrue(report.shownSummary(), report.shownSummary().startsWith("0 VMs from 1 file, on the board's hardware wizard_board (aarch64) from board.dts: "));
		assertTrue("named after the board: " + report.shownSummary(), report.shownSummary().contains("Finish writes /imports/board.avp"));
		assertTrue(wizard.canFinish());
	}

	@Test
	public void brokenBoardShowsItsErrorAndFinishStaysDisabled() throws Exception {
		Path broken = tmp.getRoot().toPath().resolve("board.dts");
		Files.writeString(broken, Files.readString(resource("import/board/board.dts")).replace("reg = <0>;", "reg = <0>"));
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().setHardware(broken);
		wizard.sourcePage().addInputs(List.of(resource("import/board/gateway.xml")));
		wizard.sourcePage().setDestination(project, "broken-board.avp");
		ImportReportPage report = next(wizard);
		String error = report.shownError();
		assertNotNull("the error is on the page", error);
		assertTrue(error, error.matches("(?s).*board\\.dts:11:73: ',' or ';' expected after a property value.*"));
		assertEquals(error, report.getErrorMessage());
		assertEquals("board.dts | dts: the board's hardware, read first | in " + tmp.getRoot().toPath(),
				report.shownRows(ReportRows.FILES).get(0));
		assertFalse("Finish is disabled", wizard.canFinish());
		assertFalse(wizard.performFinish());
		Screenshots.take(dialog.getShell(), "import-wizard-board-error");

		// a file that describes no hardware is no board
		dialog.showPage(wizard.sourcePage());
		wizard.sourcePage().setHardware(resource("import/folder/gateway.cfg"));
		report = next(wizard);
		assertNotNull(report.shownError());
		assertTrue(report.shownError(), report.shownError().contains("gateway.cfg: describes no hardware"));
		assertFalse(wizard.canFinish());
		dialog.close();
		assertFalse("nothing is written", project.getFile("broken-board.avp").exists());
	}

	@Test
	public void folderScanRecognisesABinaryDeviceTree() throws Exception {
		ImportPlatformWizard wizard = openWizard();
		wizard.sourcePage().addInputs(List.of(resource("import/dtb-folder")));
		wizard.sourcePage().setDestination(project, "dtb-folder.avp");
		ImportReportPage report = next(wizard);
		assertNull(report.shownError(), report.shownError());
		String folder = " | in " + resource("import/dtb-folder");
		assertEquals("the .dtb is taken, not skipped as binary", List.of("board.dtb | dts" + folder, "gateway.xml | libvirt" + folder),
				report.shownRows(ReportRows.FILES));
		assertEquals(List.of(), report.shownRows(ReportRows.SKIPPED));
		assertTrue(report.shownRows(ReportRows.MAPPED).toString(),
				report.shownRows(ReportRows.MAPPED).stream().anyMatch(row -> row.startsWith("board.dtb:") && row.contains("hardware wizard_board (aarch64)")));
	}
}
