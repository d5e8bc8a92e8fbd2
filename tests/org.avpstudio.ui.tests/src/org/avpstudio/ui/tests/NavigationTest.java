// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.ui.navigation.AvpElement;
import org.avpstudio.ui.navigation.AvpOccurrences;
import org.avpstudio.ui.navigation.AvpRenameRefactoring;
import org.avpstudio.ui.navigation.OpenElementDialog;
import org.avpstudio.ui.navigation.OpenElementHandler;
import org.avpstudio.ui.navigation.QuickOutline;
import org.avpstudio.ui.navigation.QuickOutlineHandler;
import org.avpstudio.ui.navigation.ReferenceMatch;
import org.avpstudio.ui.navigation.ReferencesResult;
import org.avpstudio.ui.editor.OutlineNode;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeyBinding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.jface.wizard.IWizardContainer;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.ltk.core.refactoring.RefactoringCore;
import org.eclipse.ltk.ui.refactoring.UserInputWizardPage;
import org.eclipse.search.ui.ISearchResultViewPart;
import org.eclipse.search.ui.NewSearchUI;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 24, items 1-4, in the real workbench: Rename (Alt+Shift+R, an LTK refactoring across files with preview
 * and one-step undo, refused for invalid and taken names), Find References (Ctrl+Shift+G, the Search view), Mark
 * Occurrences (the language's highlights, the Generic Editor's toggle), Quick Outline (Ctrl+O) and Open AVP Element
 * (Ctrl+Shift+Alt+E). Screenshots: rename-*.png, find-references.png, mark-occurrences.png, quick-outline.png,
 * open-element.png.
 */
public class NavigationTest {

	private static IProject project;

	@BeforeClass
	public static void createExamples() throws Exception {
		project = Workbench.examples("navigation-examples");
	}

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	private static String text(IFile file) throws Exception {
		try (var in = file.getContents(true)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/** Offsets of a whole word in a text. */
	private static List<Integer> words(String text, String word) {
		List<Integer> at = new ArrayList<>();
		Matcher matcher = Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(text);
		while (matcher.find()) {
			at.add(matcher.start());
		}
		return at;
	}

	private static void caret(ITextEditor editor, int offset) {
		editor.selectAndReveal(offset, 0);
		Workbench.settle(50);
	}

	/** The key sequence bound to a command in the default scheme, as Eclipse prints it. */
	private static KeySequence key(String commandId) {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		for (Binding binding : bindings.getBindings()) {
			if (binding instanceof KeyBinding key && binding.getParameterizedCommand() != null
					&& commandId.equals(binding.getParameterizedCommand().getId())
					&& "org.eclipse.ui.defaultAcceleratorConfiguration".equals(binding.getSchemeId()) && binding.getPlatform() == null) {
				return key.getKeySequence();
			}
		}
		return null;
	}

	private static void execute(String commandId) throws Exception {
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(commandId, null);
	}

	@Test
	public void commandsHaveTheirKeys() throws Exception {
		assertEquals(KeySequence.getInstance("Alt+Shift+R"), key("org.avpstudio.ui.rename"));
		assertEquals(KeySequence.getInstance("Ctrl+Shift+G"), key("org.avpstudio.ui.findReferences"));
		assertEquals(KeySequence.getInstance("Ctrl+O"), key("org.avpstudio.ui.quickOutline"));
		assertEquals(KeySequence.getInstance("Ctrl+Alt+Shift+E"), key("org.avpstudio.ui.openElement"));
	}

	@Test
	public void renameACoreAcrossFilesWithPreviewAndOneStepUndo() throws Exception {
		IFile soc = project.getFile("cockpit/soc.avp");
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		String socBefore = text(soc);
		String cockpitBefore = text(cockpit);
		assertEquals(1, words(cockpitBefore, "a55_0").size());
		ITextEditor editor = Workbench.open(soc);
		int declaration = words(socBefore, "a55_0").get(0);
		caret(editor, declaration + 2);

		AvpRenameRefactoring probe = new AvpRenameRefactoring(soc, declaration + 2);
		assertFalse(probe.checkInitialConditions(new NullProgressMonitor()).hasError());
		assertEquals("a55_0", probe.target().name());
		assertEquals("PhysicalCore", probe.target().kind());

		// Alt+Shift+R's command opens the modal rename dialog; a user is simulated inside its event loop
		Throwable[] failure = new Throwable[1];
		Display display = Display.getCurrent();
		Runnable[] user = new Runnable[1];
		long giveUp = System.currentTimeMillis() + 90_000;
		user[0] = () -> {
			Shell dialog = renameShell();
			if (dialog == null) { // not open yet (the initial checks run first): look again soon, without blocking them
				if (System.currentTimeMillis() < giveUp) {
					display.timerExec(200, user[0]);
				} else {
					failure[0] = new AssertionError("the rename dialog did not open");
				}
				return;
			}
			try {
				IWizardContainer container = (IWizardContainer) dialog.getData();
				IWizardPage page = container.getCurrentPage();
				Text name = findText(dialog);
				assertNotNull("the rename page has a name field", name);
				assertEquals("a55_0", name.getText());
				name.setText("1core");
				Workbench.settle(100);
				assertFalse(page.isPageComplete());
				assertTrue(page.getErrorMessage(), page.getErrorMessage().contains("'1core' is not a valid name"));
				Screenshots.take(dialog, "rename-invalid-name");
				name.setText("a55_1");
				Workbench.settle(100);
				assertFalse(page.isPageComplete());
				assertTrue(page.getErrorMessage(), page.getErrorMessage().contains("'a55_1' is already the name of a physical core"));
				Screenshots.take(dialog, "rename-taken-name");
				name.setText("little0");
				Workbench.settle(100);
				assertTrue(String.valueOf(page.getErrorMessage()), page.isPageComplete());
				press(dialog, "Preview");
				Workbench.waitUntil("the preview", 60, () -> !(container.getCurrentPage() instanceof UserInputWizardPage));
				Workbench.settle(300);
				Screenshots.take(dialog, "rename-preview");
				press(dialog, "OK");
			} catch (Throwable e) {
				failure[0] = e;
				if (dialog != null && !dialog.isDisposed()) {
					dialog.close();
				}
			}
		};
		Shell workbenchShell = editor.getSite().getShell();
		display.timerExec(180_000, () -> { // a dialog left open (an unexpected error message) must not hang the run
			for (Shell shell : display.getShells()) {
				if (shell != workbenchShell && shell.isVisible()) {
					failure[0] = failure[0] != null ? failure[0] : new AssertionError("left open: " + shell.getText());
					shell.close();
				}
			}
		});
		caret(editor, declaration + 2);
		Workbench.page().activate(editor);
		display.timerExec(200, user[0]);
		execute("org.avpstudio.ui.rename");
		if (failure[0] != null) {
			throw new AssertionError(failure[0]);
		}
		Workbench.settle(200);
		IDocument socText = Workbench.document(editor);
		assertTrue(socText.get(), socText.get().contains("core little0 index 0"));
		assertEquals(socBefore.replace("core a55_0 index 0", "core little0 index 0"), socText.get());
		assertEquals("the file that imports soc.avp follows", cockpitBefore.replace("vcpu 0 on a55_0", "vcpu 0 on little0"), text(cockpit));
		Screenshots.take(editor.getSite().getShell(), "rename-done");

		// undo: one step takes both files back
		assertTrue(RefactoringCore.getUndoManager().anythingToUndo());
		// Eclipse asks before an undo that changes files other than the active editor's: the user agrees
		long until = System.currentTimeMillis() + 60_000;
		Runnable[] agree = new Runnable[1];
		agree[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (shell != workbenchShell && shell.isVisible() && shell.getDefaultButton() != null) {
					shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
					return;
				}
			}
			if (System.currentTimeMillis() < until) {
				display.timerExec(200, agree[0]);
			}
		};
		display.timerExec(200, agree[0]);
		RefactoringCore.getUndoManager().performUndo(null, new NullProgressMonitor());
		Workbench.settle(200);
		assertEquals(socBefore, Workbench.document(editor).get());
		assertEquals(cockpitBefore, text(cockpit));
	}

	@Test
	public void renameAVmFromAReferenceRenamesEveryUse() throws Exception {
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		ITextEditor editor = Workbench.open(cockpit);
		String before = Workbench.document(editor).get();
		int reference = before.indexOf("backend driver-vm driver") + "backend driver-vm ".length();
		AvpRenameRefactoring refactoring = new AvpRenameRefactoring(cockpit, reference + 1);
		assertFalse(refactoring.checkInitialConditions(new NullProgressMonitor()).hasError());
		assertEquals("driver", refactoring.target().name());
		refactoring.setNewName("cluster");
		assertTrue("a VM name that is taken is refused", refactoring.checkFinalConditions(new NullProgressMonitor()).hasFatalError());
		assertTrue(refactoring.checkNewName().getMessageMatchingSeverity(org.eclipse.ltk.core.refactoring.RefactoringStatus.FATAL)
				.contains("'cluster' is already the name of a virtual machine"));
		refactoring.setNewName("host");
		assertFalse(refactoring.checkFinalConditions(new NullProgressMonitor()).hasError());
		var change = refactoring.createChange(new NullProgressMonitor());
		change.initializeValidationData(new NullProgressMonitor());
		try {
			new org.eclipse.ltk.core.refactoring.PerformChangeOperation(change).run(new NullProgressMonitor());
			Workbench.settle(200);
			String after = Workbench.document(editor).get();
			assertTrue(after.contains("vm host {"));
			assertFalse(after.contains("vm driver {"));
			assertTrue("the role value is not a reference", after.contains("role driver\n"));
			int uses = 0;
			Matcher matcher = Pattern.compile("(driver-vm |owner )driver\\b").matcher(before);
			while (matcher.find()) {
				uses++;
			}
			assertEquals(4, uses);
			assertEquals("the declaration and each use renamed", uses + 1, words(after, "host").size() - words(before, "host").size());
			assertEquals(uses + 1, words(before, "driver").size() - words(after, "driver").size());
		} finally {
			Workbench.document(editor).set(before);
			editor.doSave(null);
		}
	}

	private static Shell renameShell() {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (!shell.isDisposed() && shell.isVisible() && "Rename AVP Element".equals(shell.getText())
					&& shell.getData() instanceof IWizardContainer container && container.getCurrentPage() != null) {
				return shell;
			}
		}
		return null;
	}

	/** Presses the button whose label starts with {@code label} (mnemonics ignored). */
	private static void press(org.eclipse.swt.widgets.Composite parent, String label) {
		org.eclipse.swt.widgets.Button button = findButton(parent, label);
		assertNotNull("a button " + label, button);
		assertTrue(label + " is enabled", button.isEnabled());
		button.notifyListeners(SWT.Selection, new Event());
	}

	private static org.eclipse.swt.widgets.Button findButton(org.eclipse.swt.widgets.Composite parent, String label) {
		for (var child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && button.getText().replace("&", "").startsWith(label)) {
				return button;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				var found = findButton(composite, label);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private static Text findText(org.eclipse.swt.widgets.Composite parent) {
		for (var child : parent.getChildren()) {
			if (child instanceof Text text && (text.getStyle() & SWT.BORDER) != 0 && text.isVisible()) {
				return text;
			}
			if (child instanceof org.eclipse.swt.widgets.Composite composite) {
				Text found = findText(composite);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	@Test
	public void findReferencesFillsTheSearchView() throws Exception {
		IFile soc = project.getFile("cockpit/soc.avp");
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		ITextEditor editor = Workbench.open(soc);
		String text = Workbench.document(editor).get();
		caret(editor, words(text, "a76_0").get(0) + 1);
		NewSearchUI.activateSearchResultView();
		Workbench.page().activate(editor);
		execute("org.avpstudio.ui.findReferences");
		Workbench.waitUntil("the references in the Search view", 60, () -> NewSearchUI.getSearchResultView() != null
				&& NewSearchUI.getSearchResultView().getActivePage() instanceof org.avpstudio.ui.navigation.ReferencesPage page
				&& page.getInput() instanceof ReferencesResult result
				&& !NewSearchUI.isQueryRunning(result.getQuery()) && result.getMatchCount() > 0);
		ISearchResultViewPart view = NewSearchUI.getSearchResultView();
		assertTrue(view.getActivePage() instanceof org.avpstudio.ui.navigation.ReferencesPage);
		ReferencesResult result = (ReferencesResult) ((org.avpstudio.ui.navigation.ReferencesPage) view.getActivePage()).getInput();
		String cockpitText = text(cockpit);
		List<Integer> expected = words(cockpitText, "a76_0");
		assertEquals(expected.size(), result.getMatchCount());
		assertEquals(1, result.getElements().length);
		assertEquals(cockpit, result.getElements()[0]);
		for (var match : result.getMatches(cockpit)) {
			assertTrue(expected.contains(match.getOffset()));
			assertEquals("a76_0", cockpitText.substring(match.getOffset(), match.getOffset() + match.getLength()));
			assertTrue(((ReferenceMatch) match).lineText().contains("a76_0"));
		}
		assertTrue(result.getLabel(), result.getLabel().startsWith("'a76_0' - " + expected.size() + " reference"));
		Workbench.settle(300);
		Screenshots.take(editor.getSite().getShell(), "find-references");
	}

	private static List<Position> occurrences(ITextEditor editor) {
		IAnnotationModel model = ((ISourceViewer) editor.getAdapter(ITextOperationTarget.class)).getAnnotationModel();
		List<Position> positions = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			Annotation annotation = it.next();
			if (AvpOccurrences.ANNOTATION_TYPE.equals(annotation.getType())) {
				positions.add(model.getPosition(annotation));
			}
		}
		positions.sort((a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
		return positions;
	}

	@Test
	public void markOccurrencesMarksTheElementAndItsUsesOnly() throws Exception {
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		ITextEditor editor = Workbench.open(cockpit);
		String text = Workbench.document(editor).get();
		assertTrue(AvpOccurrences.enabled());
		int declaration = text.indexOf("vm driver {") + 3;
		caret(editor, declaration + 1);
		List<Integer> expected = new ArrayList<>();
		expected.add(declaration);
		Matcher uses = Pattern.compile("(driver-vm |owner )driver\\b").matcher(text);
		while (uses.find()) {
			expected.add(uses.end() - "driver".length());
		}
		Workbench.waitUntil("the occurrences of driver", 30, () -> occurrences(editor).size() == expected.size());
		List<Integer> marked = occurrences(editor).stream().map(Position::getOffset).toList();
		assertEquals(expected, marked);
		assertFalse("'role driver' is not a use of the VM", marked.contains(text.indexOf("role driver") + 5));
		Workbench.settle(300);
		Screenshots.take(editor.getSite().getShell(), "mark-occurrences");

		// the Generic Editor's Toggle Mark Occurrences button turns it off and on
		execute("org.eclipse.ui.genericeditor.togglehighlight");
		try {
			assertFalse(AvpOccurrences.enabled());
			Workbench.waitUntil("the occurrences to go", 10, () -> occurrences(editor).isEmpty());
		} finally {
			execute("org.eclipse.ui.genericeditor.togglehighlight");
		}
		assertTrue(AvpOccurrences.enabled());
		caret(editor, text.indexOf("vm cluster {") + 4);
		Workbench.waitUntil("the occurrences of cluster", 30, () -> !occurrences(editor).isEmpty()
				&& occurrences(editor).get(0).getOffset() == text.indexOf("vm cluster {") + 3);
	}

	@Test
	public void quickOutlineFiltersAndGoesToTheElement() throws Exception {
		IFile cockpit = project.getFile("cockpit/cockpit.avp");
		ITextEditor editor = Workbench.open(cockpit);
		Workbench.page().activate(editor);
		execute("org.avpstudio.ui.quickOutline");
		QuickOutline outline = QuickOutlineHandler.last();
		assertNotNull(outline);
		try {
			Workbench.settle(100);
			outline.filterField().setText("rng");
			Workbench.settle(200);
			List<String> leaves = new ArrayList<>();
			for (TreeItem item : outline.tree().getTree().getItems()) {
				collectLeaves(item, leaves);
			}
			assertFalse(leaves.isEmpty());
			for (String leaf : leaves) {
				assertTrue(leaf, leaf.startsWith("rng") || leaf.contains(": rng"));
			}
			Screenshots.take(editor.getSite().getShell(), "quick-outline");
			OutlineNode selected = (OutlineNode) outline.tree().getStructuredSelection().getFirstElement();
			assertNotNull("the first match is selected", selected);
			Event enter = new Event();
			enter.keyCode = SWT.CR;
			outline.filterField().notifyListeners(SWT.KeyDown, enter);
			Workbench.settle(100);
			ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
			assertEquals(selected.offset(), selection.getOffset());
			assertEquals(selected.name(), selection.getText());
		} finally {
			outline.close();
		}
	}

	private static void collectLeaves(TreeItem item, List<String> into) {
		if (item.getItemCount() == 0) {
			into.add(item.getText());
		}
		for (TreeItem child : item.getItems()) {
			collectLeaves(child, into);
		}
	}

	/** The Open AVP Element dialog with its OK button reachable. */
	private static final class OpenElement extends OpenElementDialog {
		OpenElement(Shell shell) {
			super(shell);
			setBlockOnOpen(false);
		}

		List<?> selected() {
			return getSelectedItems().toList();
		}

		void ok() {
			okPressed();
		}
	}

	@Test
	public void openElementFindsAnElementOfAnyFile() throws Exception {
		List<AvpElement> all = AvpElement.all();
		assertTrue("cores of soc.avp are listed: " + all, all.stream().anyMatch(e -> e.simpleName().equals("a76_3") && e.file().getFullPath().toString().endsWith("cockpit/soc.avp")));
		assertTrue(all.stream().anyMatch(e -> e.simpleName().equals("ivi")));
		OpenElement dialog = new OpenElement(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell());
		dialog.setInitialPattern("a76_3");
		dialog.open();
		try {
			Workbench.waitUntil("a76_3 to be listed and selected", 30, () -> !dialog.selected().isEmpty());
			Workbench.settle(300);
			Screenshots.take(dialog.getShell(), "open-element");
			AvpElement element = (AvpElement) dialog.selected().get(0);
			assertEquals("a76_3", element.simpleName());
			dialog.ok();
			assertNull(dialog.getShell());
			ITextEditor editor = OpenElementHandler.open(Workbench.page(), (AvpElement) dialog.getFirstResult());
			assertNotNull(editor);
			Workbench.settle(200);
			assertTrue(editor.getEditorInput().getName().equals("soc.avp"));
			assertTrue(((ITextSelection) editor.getSelectionProvider().getSelection()).getText().contains("a76_3"));
		} finally {
			if (dialog.getShell() != null) {
				dialog.close();
			}
		}
	}
}
