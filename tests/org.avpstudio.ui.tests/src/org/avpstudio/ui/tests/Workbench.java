// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.fail;

import java.util.function.BooleanSupplier;

import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.EditorAccess;
import org.avpstudio.ui.wizards.ExamplesWizard;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.IDocument;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests do as a user would: create the examples project, open files, wait for the workbench to settle. */
final class Workbench {

	private Workbench() {
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** A fresh copy of the examples project under {@code name}, built. */
	static IProject examples(String name) throws CoreException, InterruptedException, org.eclipse.ui.WorkbenchException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (project.exists()) {
			project.delete(true, true, null);
		}
		ExamplesWizard.create(project, null);
		waitForBuild();
		org.eclipse.ui.IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		PlatformUI.getWorkbench().showPerspective(org.avpstudio.ui.AvpStudioUi.PERSPECTIVE_ID, window);
		window.getShell().setBounds(0, 0, 1280, 960);
		return project;
	}

	static void waitForBuild() throws InterruptedException {
		while (Display.getCurrent().readAndDispatch()) {
			// let queued UI work run first
		}
		Job.getJobManager().join(ResourcesPlugin.FAMILY_AUTO_BUILD, null);
		Job.getJobManager().join(ResourcesPlugin.FAMILY_MANUAL_BUILD, null);
	}

	/** Runs the UI event loop until {@code condition} holds; fails after {@code seconds}. */
	static void waitUntil(String what, int seconds, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + seconds * 1000L;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				fail("timed out after " + seconds + " s waiting for: " + what);
			}
			spinOnce(display);
		}
	}

	/** Runs queued UI work for a while (so that pop-ups and repaints are on screen for a screenshot). */
	static void settle(int millis) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + millis;
		while (System.currentTimeMillis() < end) {
			spinOnce(display);
		}
	}

	/** Runs one queued UI event, or waits a little if there is none. */
	private static void spinOnce(Display display) {
		if (!display.readAndDispatch()) {
			try {
				Thread.sleep(5);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	static ITextEditor open(IFile file) throws CoreException {
		IEditorPart part = IDE.openEditor(page(), file, true);
		ITextEditor editor = EditorAccess.textEditor(part);
		waitUntil("the AVP editor to connect " + file.getName() + " to the language server", 60,
				() -> AvpDocumentSync.of(EditorAccess.document(editor)) != null);
		AvpDocumentSync sync = sync(editor);
		waitUntil("the first validation of " + file.getName(), 120, sync::isUpToDate);
		return editor;
	}

	static AvpDocumentSync sync(ITextEditor editor) {
		return AvpDocumentSync.of(EditorAccess.document(editor));
	}

	static IDocument document(ITextEditor editor) {
		return EditorAccess.document(editor);
	}

	static void closeAll() {
		page().closeAllEditors(false);
	}
}
