// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import org.avpstudio.ui.editor.AvpContentAssist;
import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.AvpHover;
import org.avpstudio.ui.editor.AvpHyperlinks;
import org.avpstudio.ui.editor.AvpQuickFixes;
import org.avpstudio.ui.editor.DiagnosticAnnotation;
import org.avpstudio.ui.editor.FormatHandler;
import org.avpstudio.ui.editor.ToggleCommentHandler;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.eclipse.ui.views.contentoutline.IContentOutlinePage;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

/** The .avp editor as a user meets it: findings while typing, completion, hover, F3, quick fix, format, comments, outline. */
public class AvpEditorTest {

	private static IProject project;

	@BeforeClass
	public static void createExamples() throws Exception {
		project = Workbench.examples("editor-examples");
	}

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	private static ITextEditor openDevbox() throws Exception {
		IFile file = project.getFile("devbox/devbox.avp");
		return Workbench.open(file);
	}

	private static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	private static List<DiagnosticAnnotation> annotations(ITextEditor editor) {
		IAnnotationModel model = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
		List<DiagnosticAnnotation> found = new ArrayList<>();
		for (Iterator<Annotation> it = model.getAnnotationIterator(); it.hasNext();) {
			if (it.next() instanceof DiagnosticAnnotation annotation) {
				found.add(annotation);
			}
		}
		return found;
	}

	private static void typeAndValidate(ITextEditor editor, int offset, int length, String text) throws Exception {
		IDocument document = Workbench.document(editor);
		document.replace(offset, length, text);
		AvpDocumentSync sync = Workbench.sync(editor);
		Workbench.waitUntil("validation of the edited text", 60, sync::isUpToDate);
		Workbench.settle(200);
	}

	@Test
	public void opensInTheGenericEditorDrivenByTheLanguage() throws Exception {
		ITextEditor editor = openDevbox();
		assertEquals("the AVP Editor (the Generic Editor under its own name)", "org.avpstudio.ui.editor", editor.getSite().getId());
		assertTrue("devbox has no errors", annotations(editor).stream().noneMatch(a -> a.getType().endsWith("error")));
	}

	@Test
	public void typingAnUnknownReferenceShowsAnErrorAnnotationAndRemovingItClearsIt() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf("network devnet\n");
		typeAndValidate(editor, at + "network ".length(), "devnet".length(), "nosuchnet");
		List<DiagnosticAnnotation> errors = annotations(editor).stream().filter(a -> a.getType().endsWith("error")).toList();
		assertTrue("error on the reference: " + errors, errors.stream().anyMatch(a -> a.getText().contains("nosuchnet")));
		Screenshots.take(editor.getSite().getShell(), "editor-unresolved-reference");
		typeAndValidate(editor, at + "network ".length(), "nosuchnet".length(), "devnet");
		assertTrue(annotations(editor).stream().noneMatch(a -> a.getType().endsWith("error")));
	}

	@Test
	public void complianceFindingCarriesTheRequirementIdAndQuickFixRestoresTheDevice() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		String rng = "\t\trng rng0\n";
		int at = document.get().indexOf(rng);
		typeAndValidate(editor, at, rng.length(), "");
		DiagnosticAnnotation finding = annotations(editor).stream().filter(a -> "AVPS-2.0-RNG-1".equals(a.requirementId())).findFirst()
				.orElseThrow(() -> new AssertionError("no AVPS-2.0-RNG-1 annotation in " + annotations(editor)));
		assertTrue(finding.getText(), finding.getText().startsWith("AVPS-2.0-RNG-1: VM 'builder' has no virtio-rng"));
		assertTrue(new AvpQuickFixes().canFix(finding));
		org.eclipse.jface.text.Position shown = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput()).getPosition(finding);
		assertEquals("the finding is shown on the line that declares the VM", document.getLineOfOffset(document.get().indexOf("vm builder")),
				document.getLineOfOffset(shown.getOffset()));
		assertEquals("and only on that line", document.getLineOfOffset(shown.getOffset()), document.getLineOfOffset(shown.getOffset() + shown.getLength()));
		int vmName = document.get().indexOf("vm builder") + 3;
		StyledText widget = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		Workbench.waitUntil("semantic colouring of the edited text", 30, () -> {
			StyleRange style = widget.getStyleRangeAtOffset(vmName);
			return style != null && (style.fontStyle & SWT.BOLD) != 0;
		});
		int platformName = document.get().indexOf("platform devbox") + "platform ".length();
		Workbench.waitUntil("semantic colouring of the whole text after the edit", 30, () -> {
			StyleRange style = widget.getStyleRangeAtOffset(platformName);
			return style != null && style.foreground != null && style.foreground.getBlue() == 192;
		});
		editor.selectAndReveal(vmName, 0);
		Workbench.settle(300);
		Screenshots.take(editor.getSite().getShell(), "editor-compliance-finding");

		int line = finding.diagnostic().getRange().getStart().getLine();
		int offset = document.getLineOffset(line) + 2;
		ICompletionProposal[] fixes = new AvpQuickFixes().computeQuickAssistProposals(new org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext() {
			@Override
			public int getOffset() {
				return offset;
			}

			@Override
			public int getLength() {
				return 0;
			}

			@Override
			public ISourceViewer getSourceViewer() {
				return (ISourceViewer) viewer(editor);
			}
		});
		assertEquals(Arrays.toString(fixes), 1, fixes.length);
		assertEquals("Add a virtio-rng entropy device", fixes[0].getDisplayString());
		String before = document.get();
		fixes[0].apply(document);
		assertTrue("the fix adds an rng device: " + document.get(), document.get().contains("rng rng0"));
		assertTrue("comments survive", document.get().startsWith("// x86_64 development platform"));
		assertEquals("only one line is added", before.lines().count() + 1, document.get().lines().count());
		Workbench.waitUntil("re-validation", 60, Workbench.sync(editor)::isUpToDate);
		Workbench.settle(200);
		assertTrue(annotations(editor).stream().noneMatch(a -> "AVPS-2.0-RNG-1".equals(a.requirementId())));
	}

	@Test
	public void contentAssistProposesDevicesInsideAVmAndFeatureBitsInsideADevice() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf("\t\trtc clock0\n") + "\t\trtc clock0\n".length();
		document.replace(at, 0, "\t\t\n");
		int offset = at + 2;
		editor.selectAndReveal(offset, 0);
		ICompletionProposal[] proposals = new AvpContentAssist().computeCompletionProposals(viewer(editor), offset);
		List<String> labels = Arrays.stream(proposals).map(ICompletionProposal::getDisplayString).toList();
		for (String expected : List.of("rng", "vsock", "block", "net", "gpu", "sound")) {
			assertTrue(expected + " proposed in " + labels, labels.stream().anyMatch(l -> l.equals(expected) || l.startsWith(expected + " ")));
		}
		((ITextOperationTarget) viewer(editor)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.settle(1500);
		Screenshots.take(editor.getSite().getShell(), "editor-content-assist");

		int features = document.get().indexOf("VIRTIO_BLK_F_FLUSH");
		ICompletionProposal[] bits = new AvpContentAssist().computeCompletionProposals(viewer(editor), features);
		List<String> bitLabels = Arrays.stream(bits).map(ICompletionProposal::getDisplayString).toList();
		assertTrue("block feature bits proposed: " + bitLabels, bitLabels.stream().anyMatch(l -> l.startsWith("VIRTIO_BLK_F_RO")));
		editor.doRevertToSaved();
	}

	@Test
	public void hoverExplainsAFindingWithItsRequirementAndAKeyword() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		String rng = "\t\trng rng0\n";
		int at = document.get().indexOf(rng);
		typeAndValidate(editor, at, rng.length(), "");
		int vm = document.get().indexOf("vm builder") + 3;
		AvpHover hover = new AvpHover();
		String text = hover.getHoverInfo(viewer(editor), hover.getHoverRegion(viewer(editor), vm));
		assertNotNull(text);
		assertTrue(text, text.contains("AVPS-2.0-RNG-1"));
		int keyword = document.get().indexOf("memory 32768");
		String keywordText = hover.getHoverInfo(viewer(editor), hover.getHoverRegion(viewer(editor), keyword + 1));
		assertNotNull("a keyword has documentation", keywordText);
		editor.doRevertToSaved();
	}

	@Test
	public void goToDefinitionOpensTheDeclaration() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		int reference = document.get().indexOf("network devnet\n") + "network ".length() + 2;
		IHyperlink[] links = new AvpHyperlinks().detectHyperlinks(viewer(editor), new Region(reference, 0), false);
		assertNotNull("devnet is a link", links);
		links[0].open();
		Workbench.settle(200);
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		int declaration = document.get().indexOf("network devnet {") + "network ".length();
		assertEquals(declaration, selection.getOffset());
		assertEquals("devnet", selection.getText());
	}

	@Test
	public void goToDefinitionCrossesFiles() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("cockpit/cockpit.avp"));
		IDocument document = Workbench.document(editor);
		int reference = document.get().indexOf("on a55_0") + 4;
		IHyperlink[] links = new AvpHyperlinks().detectHyperlinks(viewer(editor), new Region(reference, 0), false);
		assertNotNull("a55_0 is a link", links);
		links[0].open();
		Workbench.settle(500);
		ITextEditor target = (ITextEditor) Workbench.page().getActiveEditor();
		assertEquals("soc.avp", target.getEditorInput().getName());
		assertEquals("a55_0", ((ITextSelection) target.getSelectionProvider().getSelection()).getText());
	}

	@Test
	public void formatRestoresTheLayoutInOneUndoableChange() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		String original = document.get();
		int at = original.indexOf("\t\trole general");
		document.replace(at, "\t\trole general".length(), "role     general");
		Workbench.waitUntil("validation", 60, Workbench.sync(editor)::isUpToDate);
		assertTrue(FormatHandler.format(Workbench.sync(editor)));
		assertEquals(original, document.get());
	}

	@Test
	public void toggleCommentCommentsLinesOutAndBackIn() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		String original = document.get();
		int line = document.getLineOfOffset(original.indexOf("\t\trole general"));
		ToggleCommentHandler.toggle(document, line, line + 1);
		assertTrue(document.get().contains("// \t\trole general\n// \t\tmemory 4096 MiB"));
		ToggleCommentHandler.toggle(document, line, line + 1);
		assertEquals(original, document.get());
	}

	@Test
	public void bracketMatcherPairsBraces() throws Exception {
		ITextEditor editor = openDevbox();
		IDocument document = Workbench.document(editor);
		int open = document.get().indexOf("{");
		IRegion pair = new org.avpstudio.ui.editor.AvpBrackets().match(document, open + 1);
		assertNotNull(pair);
		assertEquals('}', document.getChar(pair.getOffset() + pair.getLength() - 1));
		assertEquals(document.get().lastIndexOf("}"), pair.getOffset() + pair.getLength() - 1);
	}

	@Test
	public void keywordsAndDeclarationsAreColoured() throws Exception {
		ITextEditor editor = openDevbox();
		StyledText text = (StyledText) editor.getAdapter(org.eclipse.swt.widgets.Control.class);
		IDocument document = Workbench.document(editor);
		int keyword = document.get().indexOf("vm builder");
		Workbench.waitUntil("semantic colouring of 'builder'", 30, () -> {
			StyleRange style = text.getStyleRangeAtOffset(keyword + 3);
			return style != null && (style.fontStyle & SWT.BOLD) != 0;
		});
		StyleRange vmKeyword = text.getStyleRangeAtOffset(keyword);
		assertNotNull("'vm' is coloured as a keyword", vmKeyword);
		assertEquals(127, vmKeyword.foreground.getRed());
		StyleRange comment = text.getStyleRangeAtOffset(0);
		assertNotNull(comment);
		assertEquals(63, comment.foreground.getRed());
	}

	@Test
	public void outlineShowsVmsAndDevices() throws Exception {
		ITextEditor editor = openDevbox();
		assertNotNull(editor.getAdapter(IContentOutlinePage.class));
		ContentOutline outline = (ContentOutline) Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
		Workbench.page().activate(editor);
		Workbench.waitUntil("the outline to show devbox", 30, () -> outline.getCurrentPage() instanceof org.avpstudio.ui.editor.AvpOutlinePage page
				&& page.getControl() instanceof org.eclipse.swt.widgets.Tree tree && tree.getItemCount() > 0);
		org.eclipse.swt.widgets.Tree tree = (org.eclipse.swt.widgets.Tree) ((org.avpstudio.ui.editor.AvpOutlinePage) outline.getCurrentPage()).getControl();
		List<String> labels = new ArrayList<>();
		collect(tree.getItems(), labels);
		assertTrue(labels.toString(), labels.contains("builder : vm"));
		assertTrue(labels.toString(), labels.contains("tester : vm"));
		assertFalse(labels.isEmpty());
	}

	private static void collect(org.eclipse.swt.widgets.TreeItem[] items, List<String> labels) {
		for (org.eclipse.swt.widgets.TreeItem item : items) {
			labels.add(item.getText());
			collect(item.getItems(), labels);
		}
	}
}
