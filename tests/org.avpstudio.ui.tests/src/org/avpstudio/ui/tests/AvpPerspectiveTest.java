// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;

import org.avpstudio.ui.AvpStudioUi;
import org.eclipse.core.commands.Command;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.Test;

/** What a user sees of AVP Studio in a fresh workbench: its menu, its command and its perspective. */
public class AvpPerspectiveTest {

	@Test
	public void perspectiveIsRegisteredUnderItsName() {
		IPerspectiveDescriptor descriptor = PlatformUI.getWorkbench().getPerspectiveRegistry()
				.findPerspectiveWithId(AvpStudioUi.PERSPECTIVE_ID);
		assertNotNull("AVP Studio perspective is contributed", descriptor);
		assertEquals("AVP Studio", descriptor.getLabel());
	}

	@Test
	public void openPerspectiveCommandSwitchesTheWindow() throws Exception {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		ICommandService commands = window.getService(ICommandService.class);
		Command command = commands.getCommand(AvpStudioUi.OPEN_PERSPECTIVE_COMMAND_ID);
		assertTrue("command is defined", command.isDefined());
		assertEquals("Open AVP Studio Perspective", command.getName());

		window.getService(IHandlerService.class).executeCommand(AvpStudioUi.OPEN_PERSPECTIVE_COMMAND_ID, null);

		IWorkbenchPage page = window.getActivePage();
		assertEquals(AvpStudioUi.PERSPECTIVE_ID, page.getPerspective().getId());
		assertNotNull("Project Explorer is part of the perspective",
				page.findView("org.eclipse.ui.navigator.ProjectExplorer"));
		File shot = Screenshots.take(window.getShell(), "workbench-avp-perspective");
		assertTrue(shot.length() > 0);
	}

	@Test
	public void mainMenuHasAnAvpStudioMenu() {
		Menu bar = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getMenuBar();
		boolean found = false;
		for (MenuItem item : bar.getItems()) {
			found |= item.getText().replace("&", "").equals("AVP Studio");
		}
		assertTrue("main menu shows 'AVP Studio'", found);
	}
}
