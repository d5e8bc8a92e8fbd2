// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.nio.charset.StandardCharsets;

import org.avpstudio.ui.compare.AvpCompareViewer;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.ui.IObjectActionDelegate;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.action.Action;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Test;

/**
 * *Compare With > Each Other* on two .avp files (the workbench's own action, with the two files selected) opens the
 * compare editor with the AVP semantic viewer: the VM whose memory changed, the device moved to another VM, the
 * removed device and the finding it introduces.
 */
public class CompareViewerTest {

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	@Test
	public void compareWithEachOtherShowsTheSemanticChanges() throws Exception {
		IProject project = Workbench.examples("compare-each-other");
		IFile older = project.getFile("cockpit/cockpit.avp");
		String text = new String(older.getContents().readAllBytes(), StandardCharsets.UTF_8);
		String changed = text.replace("criticality ASIL-B\n\t\tmemory 1024 MiB", "criticality ASIL-B\n\t\tmemory 2048 MiB")
				.replace("\t\tinput keys {\n\t\t\tkind buttons\n\t\t}\n", "")
				.replace("\t\t}\n\t}\n\n\tvm cluster {", "\t\t}\n\t\tinput keys {\n\t\t\tkind buttons\n\t\t}\n\t}\n\n\tvm cluster {")
				.replace("\t\trng rng0\n\t\tconsole hvc0\n\t\ttee", "\t\tconsole hvc0\n\t\ttee");
		IFile newer = project.getFile("cockpit/cockpit-next.avp");
		newer.create(new ByteArrayInputStream(changed.getBytes(StandardCharsets.UTF_8)), true, null);
		Workbench.waitForBuild();

		// the action behind the menu item Compare With > Each Other, made as the menu makes it
		IObjectActionDelegate eachOther = null;
		for (IConfigurationElement contribution : Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.ui.popupMenus")) {
			for (IConfigurationElement action : contribution.getChildren("action")) {
				if ("compareWithEachOther".equals(action.getAttribute("id"))) {
					eachOther = (IObjectActionDelegate) action.createExecutableExtension("class");
				}
			}
		}
		assertNotNull("Compare With > Each Other is contributed", eachOther);
		Action proxy = new Action() {
		};
		eachOther.setActivePart(proxy, Workbench.page().getActivePart());
		eachOther.selectionChanged(proxy, new StructuredSelection(new Object[] { newer, older }));
		eachOther.run(proxy);

		Workbench.waitUntil("the compare editor", 60, () -> Workbench.page().getActiveEditor() != null
				&& Workbench.page().getActiveEditor().getEditorInput() instanceof org.eclipse.compare.CompareEditorInput);
		IEditorPart editor = Workbench.page().getActiveEditor();
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		AvpCompareViewer[] viewer = new AvpCompareViewer[1];
		Workbench.waitUntil("the AVP semantic viewer in the compare editor", 60, () -> (viewer[0] = find(shell)) != null);
		Workbench.waitUntil("the semantic comparison", 120, () -> !viewer[0].busy() && viewer[0].text().contains("Compliance:"));
		String shown = viewer[0].text();
		assertTrue(shown, shown.contains("changed  VM        vm cluster"));
		assertTrue(shown, shown.contains("memoryMiB: 1024 -> 2048"));
		assertTrue(shown, shown.contains("moved    device    vm ivi/input keys -> vm driver/input keys"));
		assertTrue(shown, shown.contains("removed  device    vm ivi/rng rng0"));
		assertTrue(shown, shown.contains("introduced error AVPS-2.0-RNG-1 at vm ivi"));
		assertNotNull(editor);
		Workbench.page().setPartState(Workbench.page().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		Workbench.settle(1000);
		File shot = Screenshots.take(shell, "compare-each-other");
		assertTrue(shot.length() > 0);
	}

	private static AvpCompareViewer find(Control control) {
		if (control.getData(AvpCompareViewer.class.getName()) instanceof AvpCompareViewer v && control.isVisible()) {
			return v;
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				AvpCompareViewer found = find(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}
}
