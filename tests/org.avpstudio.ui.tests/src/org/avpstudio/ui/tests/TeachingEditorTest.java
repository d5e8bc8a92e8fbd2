// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.avpstudio.ui.builder.AvpMarkers;
import org.avpstudio.ui.editor.AvpContentAssist;
import org.avpstudio.ui.editor.AvpEditor;
import org.avpstudio.ui.editor.AvpImages;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.DiagnosticAnnotation;
import org.avpstudio.ui.editor.Lsp;
import org.avpstudio.ui.editor.SnippetProposal;
import org.avpstudio.ui.help.AvpHelp;
import org.avpstudio.ui.help.HelpView;
import org.avpstudio.ui.preferences.InfoMarkersPreference;
import org.avpstudio.ui.preferences.ProjectCompliance;
import org.avpstudio.ui.views.ComplianceView;
import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.content.IContentType;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IEditorDescriptor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutline;
import org.junit.After;
import org.junit.BeforeClass;
import org.junit.Test;

/**
 * Issue 24, items 5, 6, 7 and 9: content assist that teaches (kinds, icons, documentation, templates with linked
 * fields), an icon per element kind and the AVP Editor by name, info findings kept out of the Problems view, and the
 * help (generated pages, F1).
 */
public class TeachingEditorTest {

	private static IProject project;

	@BeforeClass
	public static void createExamples() throws Exception {
		project = Workbench.examples("teaching-examples");
	}

	@After
	public void closeEditors() {
		Workbench.closeAll();
	}

	private static ITextViewer viewer(ITextEditor editor) {
		return (ITextViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	private static List<CompletionItem> items(ITextEditor editor, int offset) throws Exception {
		IDocument document = Workbench.document(editor);
		Workbench.waitUntil("the edit reaches the language server", 60, Workbench.sync(editor)::isUpToDate);
		var answer = AvpLanguageServer.answer(AvpLanguageServer.get().server()
				.completion(new CompletionParams(Workbench.sync(editor).id(), Lsp.position(document, offset))));
		return answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
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

	@Test
	public void contentAssistGivesKindsDocumentationIconsAndDeviceTemplatesWithTheExpectedFeatures() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("devbox/devbox.avp"));
		IDocument document = Workbench.document(editor);
		int at = document.get().indexOf("\t\trtc clock0\n") + "\t\trtc clock0\n".length();
		document.replace(at, 0, "\t\t\n");
		int offset = at + 2;
		editor.selectAndReveal(offset, 0);

		List<CompletionItem> items = items(editor, offset);
		CompletionItem rng = items.stream().filter(i -> i.getLabel().equals("rng")).findFirst().orElseThrow(() -> new AssertionError("no rng in " + items));
		assertEquals("a device keyword has the device kind", CompletionItemKind.Interface, rng.getKind());
		assertTrue("the metamodel's documentation of EntropyDevice: " + rng.getDocumentation(),
				rng.getDocumentation().getLeft().startsWith("*EntropyDevice*: "));
		CompletionItem block = items.stream().filter(i -> i.getKind() == CompletionItemKind.Snippet && i.getLabel().startsWith("block "))
				.findFirst().orElseThrow(() -> new AssertionError("no block template in " + items.stream().map(CompletionItem::getLabel).toList()));
		assertEquals(InsertTextFormat.Snippet, block.getInsertTextFormat());
		assertTrue(block.getInsertText() + block.getTextEdit(), text(block).startsWith("block ${1:"));
		assertTrue("the flush feature the storage rule expects: " + text(block), text(block).contains("VIRTIO_BLK_F_FLUSH"));
		Set<String> templates = items.stream().filter(i -> i.getKind() == CompletionItemKind.Snippet).map(CompletionItem::getLabel)
				.collect(Collectors.toSet());
		for (String keyword : List.of("block ", "net ", "console ", "rng ", "vsock ", "gpu ", "fs ", "virtio-iommu ")) {
			assertTrue(keyword + "template in " + templates, templates.stream().anyMatch(t -> t.startsWith(keyword)));
		}
		assertFalse("no VM template inside a VM", templates.stream().anyMatch(t -> t.startsWith("vm ")));

		// waivers close a device's settings: the waiver template is offered there
		int device = document.get().indexOf("\t\t\tcid 3\n") + "\t\t\tcid 3\n".length();
		document.replace(device, 0, "\t\t\t\n");
		List<CompletionItem> inDevice = items(editor, device + 3);
		assertTrue(inDevice.stream().map(CompletionItem::getLabel).toList().toString(),
				inDevice.stream().anyMatch(i -> i.getKind() == CompletionItemKind.Snippet && text(i).startsWith("waive \"${1:")));
		document.replace(device, 4, "");
		offset = at + 2;

		ICompletionProposal[] proposals = new AvpContentAssist().computeCompletionProposals(viewer(editor), offset);
		ICompletionProposal rngProposal = Arrays.stream(proposals).filter(p -> p.getDisplayString().equals("rng")).findFirst().orElseThrow();
		assertEquals("the entropy device icon", AvpImages.of("rng"), rngProposal.getImage());
		assertNotNull(rngProposal.getAdditionalProposalInfo());
		SnippetProposal vsock = (SnippetProposal) Arrays.stream(proposals).filter(p -> p instanceof SnippetProposal && p.getDisplayString().startsWith("vsock "))
				.findFirst().orElseThrow();
		assertEquals(AvpImages.of(AvpImages.TEMPLATE), vsock.getImage());
		assertNotEquals("device and template icons differ", AvpImages.of("rng"), AvpImages.of(AvpImages.TEMPLATE));

		((ITextOperationTarget) viewer(editor)).doOperation(ISourceViewer.CONTENTASSIST_PROPOSALS);
		Workbench.settle(2500);
		Screenshots.take(editor.getSite().getShell(), "assist-icons-documentation-templates");
		Workbench.settle(200);
		editor.doRevertToSaved();
	}

	private static String text(CompletionItem item) {
		return item.getTextEdit() != null && item.getTextEdit().isLeft() ? item.getTextEdit().getLeft().getNewText() : item.getInsertText();
	}

	@Test
	public void vmTemplateInsertsLinkedFieldsAndParses() throws Exception {
		ITextEditor editor = Workbench.open(project.getFile("devbox/devbox.avp"));
		IDocument document = Workbench.document(editor);
		int end = document.get().lastIndexOf("}");
		document.replace(end, 0, "\n\t\n");
		int offset = end + 2;
		editor.selectAndReveal(offset, 0);
		List<CompletionItem> items = items(editor, offset);
		assertTrue(items.stream().anyMatch(i -> i.getLabel().startsWith("vm ") && i.getKind() == CompletionItemKind.Snippet));
		assertTrue(items.stream().anyMatch(i -> i.getLabel().startsWith("vsock-channel ") && i.getKind() == CompletionItemKind.Snippet));
		assertTrue("the vm keyword is a VM", items.stream().anyMatch(i -> i.getLabel().equals("vm") && i.getKind() == CompletionItemKind.Class));

		ICompletionProposal[] proposals = new AvpContentAssist().computeCompletionProposals(viewer(editor), offset);
		SnippetProposal vm = (SnippetProposal) Arrays.stream(proposals).filter(p -> p instanceof SnippetProposal && p.getDisplayString().startsWith("vm "))
				.findFirst().orElseThrow();
		vm.apply(viewer(editor), '\0', 0, offset);
		assertTrue("linked mode is on", LinkedModeModel.hasInstalledModel(document));
		var selection = vm.getSelection(document);
		assertEquals("the first field (the name) is selected", "name", document.get(selection.x, selection.y));
		// typing the name changes its linked copies (the console's and the RNG's names)
		viewer(editor).getTextWidget().setSelection(selection.x, selection.x + selection.y);
		viewer(editor).getTextWidget().insert("hmi");
		Workbench.settle(300);
		String text = document.get();
		assertTrue(text, text.contains("\tvm hmi {\n\t\trole general\n"));
		assertTrue("the mirrored field follows: " + text, text.contains("\t\tconsole hmi_console\n\t\trng hmi_rng\n"));
		Screenshots.take(editor.getSite().getShell(), "assist-vm-template-linked-fields");
		LinkedModeModel.closeAllModels(document);
		Workbench.waitUntil("validation of the template", 60, Workbench.sync(editor)::isUpToDate);
		Workbench.settle(300);
		List<String> syntax = annotations(editor).stream().filter(a -> a.getType().endsWith("error"))
				.map(Annotation::getText).filter(t -> t.contains("mismatched") || t.contains("extraneous") || t.contains("no viable") || t.contains("missing"))
				.toList();
		assertTrue("the template parses: " + syntax, syntax.isEmpty());
		editor.doRevertToSaved();
	}

	@Test
	public void editorIsTheAvpEditorAndTheOutlineHasAnIconPerElementKind() throws Exception {
		IFile file = project.getFile("devbox/devbox.avp");
		ITextEditor editor = Workbench.open(file);
		assertEquals(AvpEditor.ID, editor.getSite().getId());
		IContentType avp = Platform.getContentTypeManager().getContentType("org.avpstudio.ui.avp");
		IEditorDescriptor byDefault = PlatformUI.getWorkbench().getEditorRegistry().getDefaultEditor("any.avp", avp);
		assertEquals("AVP Editor", byDefault.getLabel());
		assertTrue("Open With lists the AVP Editor", Arrays.stream(PlatformUI.getWorkbench().getEditorRegistry().getEditors("any.avp", avp))
				.anyMatch(d -> d.getLabel().equals("AVP Editor")));
		assertNotNull("a .avp file icon for the Project Explorer", PlatformUI.getWorkbench().getEditorRegistry().getImageDescriptor("any.avp", avp));

		ContentOutline outline = (ContentOutline) Workbench.page().showView("org.eclipse.ui.views.ContentOutline");
		Workbench.page().activate(editor);
		Tree tree = (Tree) outline.getCurrentPage().getControl();
		Workbench.waitUntil("the outline", 60, () -> tree.getItemCount() > 0 && tree.getItem(0).getItemCount() > 0);
		((org.avpstudio.ui.editor.AvpOutlinePage) outline.getCurrentPage()).viewer().expandAll();
		Workbench.settle(300);
		Map<String, Image> byKind = new java.util.TreeMap<>();
		collect(tree.getItems(), byKind);
		for (String kind : List.of("platform", "hardware", "cluster", "core", "host-device", "hypervisor", "network", "vm", "block", "net", "rng", "console",
				"vsock", "fs", "watchdog", "input", "rtc", "vsock-channel")) {
			assertTrue(kind + " in the outline: " + byKind.keySet(), byKind.containsKey(kind));
			assertEquals(kind + " has its own icon", AvpImages.of(kind), byKind.get(kind));
		}
		assertEquals("one icon per kind", byKind.size(), new HashSet<>(byKind.values()).size());
		Screenshots.take(editor.getSite().getShell(), "outline-element-icons");
		List<Image> palette = org.avpstudio.ui.diagram.DiagramView.paletteImages();
		assertTrue("every device kind of the diagram palette has its icon", palette.stream().allMatch(java.util.Objects::nonNull));
		assertEquals("one icon per palette device kind", palette.size(), new HashSet<>(palette).size());
		// the Project Explorer shows the .avp file icon
		var explorer = (org.eclipse.ui.part.ISetSelectionTarget) Workbench.page().showView("org.eclipse.ui.navigator.ProjectExplorer");
		explorer.selectReveal(new org.eclipse.jface.viewers.StructuredSelection(file));
		Workbench.settle(500);
		Screenshots.take(editor.getSite().getShell(), "project-explorer-avp-icon");
	}

	private static void collect(TreeItem[] items, Map<String, Image> byKind) {
		for (TreeItem item : items) {
			if (item.getData() instanceof org.avpstudio.ui.editor.OutlineNode node) {
				byKind.putIfAbsent(node.kind(), item.getImage());
			}
			collect(item.getItems(), byKind);
		}
	}

	@Test
	public void infoFindingsStayInTheComplianceViewUnlessThePreferenceAsks() throws Exception {
		IFile file = project.getFile("cockpit/cockpit.avp");
		ITextEditor editor = Workbench.open(file);
		Workbench.settle(300);
		List<DiagnosticAnnotation> infos = annotations(editor).stream().filter(a -> a.getType().endsWith("info")).toList();
		assertFalse("cockpit has info findings (optional capabilities not offered)", infos.isEmpty());
		assertTrue("no info markers by default", markers(file, IMarker.SEVERITY_INFO).isEmpty());
		ComplianceView view = (ComplianceView) Workbench.page().showView(ComplianceView.ID);
		Workbench.page().activate(editor);
		Workbench.waitUntil("compliance rows", 60, () -> !view.rows().isEmpty());
		Set<String> rows = view.rows().stream().map(r -> r.requirementId()).collect(Collectors.toSet());
		for (DiagnosticAnnotation info : infos) {
			if (info.requirementId() != null && !info.requirementId().isEmpty()) {
				assertTrue(info.requirementId() + " listed in the AVPS Compliance view", rows.contains(info.requirementId()));
			}
		}
		Workbench.page().showView("org.eclipse.ui.views.ProblemView");
		Workbench.settle(1000);
		Screenshots.take(editor.getSite().getShell(), "problems-without-info-findings");

		try {
			InfoMarkersPreference.set(true);
			waitForRevalidation();
			assertEquals("with the preference, one info marker per info finding", infos.size(), markers(file, IMarker.SEVERITY_INFO).size());
		} finally {
			InfoMarkersPreference.set(false);
			waitForRevalidation();
		}
		assertTrue(markers(file, IMarker.SEVERITY_INFO).isEmpty());
	}

	private static void waitForRevalidation() throws Exception {
		Workbench.settle(200);
		Job.getJobManager().join(ProjectCompliance.REVALIDATION, null);
		Workbench.waitForBuild();
	}

	private static List<IMarker> markers(IFile file, int severity) throws Exception {
		return Arrays.stream(file.findMarkers(AvpMarkers.PROBLEM, true, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.SEVERITY, -1) == severity).toList();
	}

	@Test
	public void helpPagesAreGeneratedAndF1OpensTheLanguageReference() throws Exception {
		String language = Files.readString(Path.of(AvpHelp.url(AvpHelp.LANGUAGE).toURI()));
		assertTrue("the VM rule from the grammar", language.contains("<h3 id=\"VirtualMachine\">VirtualMachine</h3>"));
		assertTrue("the metamodel's documentation of a VM", language.contains("A guest virtual machine."));
		assertTrue("enumerations with their literals", language.contains("<code>linux-direct</code>"));
		String rules = Files.readString(Path.of(AvpHelp.url(AvpHelp.RULES).toURI()));
		assertTrue(rules.contains("AVPS-2.0-RNG-1"));
		assertTrue("the catalog's provenance", rules.contains("Provenance: ") && rules.contains("entries"));
		String cli = Files.readString(Path.of(AvpHelp.url(AvpHelp.CLI).toURI()));
		assertTrue(cli.contains("bin/avp validate examples/cockpit/cockpit.avp"));
		assertTrue(Files.exists(Path.of(AvpHelp.url(AvpHelp.GETTING_STARTED).toURI())));

		IConfigurationElement[] tocs = Platform.getExtensionRegistry().getConfigurationElementsFor("org.eclipse.help.toc");
		assertTrue("Help > Help Contents > AVP Studio is contributed", Arrays.stream(tocs)
				.anyMatch(t -> t.getContributor().getName().equals("org.avpstudio.ui") && t.getAttribute("file").equals("help/toc.xml")));

		ITextEditor editor = Workbench.open(project.getFile("devbox/devbox.avp"));
		Workbench.page().activate(editor);
		Workbench.settle(300);
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		Binding f1 = bindings.getPerfectMatch(KeySequence.getInstance("F1"));
		assertNotNull("F1 is bound in the editor", f1);
		ParameterizedCommand command = f1.getParameterizedCommand();
		assertEquals("org.avpstudio.ui.help", command.getId());
		assertEquals(AvpHelp.LANGUAGE, command.getParameterMap().get("org.avpstudio.ui.help.page"));
		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(command, null);
		if (!PlatformUI.getWorkbench().getHelpSystem().hasHelpUI()) {
			HelpView help = (HelpView) Workbench.page().findView(HelpView.ID);
			assertNotNull("the AVP Studio Help view shows the page", help);
			assertEquals(AvpHelp.LANGUAGE, help.shown());
			Workbench.page().setPartState(Workbench.page().findViewReference(HelpView.ID), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
			Workbench.waitUntil("the language reference in the browser", 60, () -> "The .avp language reference"
					.equals(help.browser().evaluate("return document.readyState == 'complete' ? document.title : '';")));
			Workbench.settle(1000);
			Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "help-language-reference-f1");
			help.display(AvpHelp.RULES);
			Workbench.waitUntil("the rule catalog in the browser", 60, () -> "AVPS rule catalog"
					.equals(help.browser().evaluate("return document.readyState == 'complete' ? document.title : '';")));
			Workbench.settle(1000);
			Screenshots.take(Workbench.page().getWorkbenchWindow().getShell(), "help-rule-catalog");
			Workbench.page().setPartState(Workbench.page().findViewReference(HelpView.ID), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		}
		assertNull("this test runtime has no help system UI (org.eclipse.help.base/ui are not in the target platform)",
				Platform.getBundle("org.eclipse.help.ui"));
	}
}
