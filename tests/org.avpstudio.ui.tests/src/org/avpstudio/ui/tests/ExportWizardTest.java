// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.Arrays;

import org.avpstudio.ui.exporting.ExportArxmlWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.wizards.IWizardCategory;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.After;
import org.junit.Test;

/** File > Export > AVP Studio > AUTOSAR ARXML, driven as a user does: from the export wizard registry, with a .avp file selected. */
public class ExportWizardTest {

	private WizardDialog dialog;

	@After
	public void closeDialog() {
		if (dialog != null && dialog.getShell() != null && !dialog.getShell().isDisposed()) {
			dialog.close();
		}
		Workbench.closeAll();
	}

	@Test
	public void theSelectedPlatformIsWrittenAsArxml() throws Exception {
		IProject project = Workbench.examples("arxml-export");
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		assertTrue(cockpit.exists());
		IWizardCategory category = PlatformUI.getWorkbench().getExportWizardRegistry().getRootCategory()
				.findCategory(new org.eclipse.core.runtime.Path("org.avpstudio.ui.exportWizards"));
		assertNotNull("an AVP Studio category of export wizards", category);
		assertEquals("AVP Studio", category.getLabel());
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getExportWizardRegistry().findWizard(ExportArxmlWizard.ID);
		assertNotNull(descriptor);
		assertEquals("AUTOSAR ARXML", descriptor.getLabel());
		assertTrue(Arrays.asList(category.getWizards()).contains(descriptor));
		IExportWizard created = (IExportWizard) descriptor.createWizard();
		created.init(PlatformUI.getWorkbench(), new StructuredSelection(cockpit));
		ExportArxmlWizard wizard = (ExportArxmlWizard) created;
		dialog = new WizardDialog(Workbench.page().getWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		dialog.getShell().setSize(900, 520);
		Workbench.settle(1000);
		assertEquals("the selected .avp is preselected", cockpit, wizard.page().model());
		assertEquals(project.getFile("cockpit/cockpit.arxml"), wizard.page().target());
		assertTrue(wizard.canFinish());
		File shot = Screenshots.take(dialog.getShell(), "export-arxml-wizard");
		ImageData image = new ImageLoader().load(shot.getPath())[0];
		assertTrue("the screenshot shows the whole dialog", image.width >= 880 && image.height >= 500);

		wizard.page().set("/arxml-export/cockpit/missing.avp", "R22-11", "/arxml-export/cockpit/cockpit.arxml");
		assertFalse("no Finish without an existing .avp", wizard.canFinish());
		assertTrue(wizard.page().getErrorMessage(), wizard.page().getErrorMessage().contains(".avp"));
		wizard.page().set("/arxml-export/cockpit/cockpit.avp", "R22-11", "/arxml-export/cockpit/cockpit.arxml");
		assertTrue(wizard.canFinish());
		assertTrue(String.valueOf(wizard.page().getErrorMessage()), wizard.performFinish());
		dialog.close();
		IFile written = project.getFile("cockpit/cockpit.arxml");
		assertTrue("the workspace knows the new file", written.exists());
		String text = written.readString();
		assertTrue(text.contains("AUTOSAR_00051.xsd"));
		assertTrue(text.contains("<SHORT-NAME>ivi</SHORT-NAME>"));
		assertTrue(wizard.notWritten().toString(), wizard.notWritten().stream().anyMatch(n -> n.startsWith("vm ivi: ")));
	}
}
