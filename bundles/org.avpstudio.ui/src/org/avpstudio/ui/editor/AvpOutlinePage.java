// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

/** The Outline of a .avp file: platform, hardware, VMs and their devices; selecting one selects it in the text. */
public class AvpOutlinePage extends ContentOutlinePage {

	private final ITextEditor editor;
	private Runnable unsubscribe;

	AvpOutlinePage(ITextEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new SymbolTree());
		viewer.setLabelProvider(new SymbolLabels());
		viewer.addSelectionChangedListener(event -> {
			if (event.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node
					&& viewer.getControl().isFocusControl()) {
				reveal(node);
			}
		});
		// a context menu others contribute to (Rename..., Find References: popup:org.avpstudio.ui.outline)
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager("#AvpOutline", "org.avpstudio.ui.outline");
		menu.add(new org.eclipse.jface.action.Separator(org.eclipse.ui.IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getControl().setMenu(menu.createContextMenu(viewer.getControl()));
		getSite().registerContextMenu("org.avpstudio.ui.outline", menu, viewer);
		AvpDocumentSync sync = sync();
		if (sync != null) {
			unsubscribe = sync.onValidated(this::refresh);
			refresh();
		}
	}

	/** The Outline's tree (tests expand it and read each element's icon). */
	public TreeViewer viewer() {
		return getTreeViewer();
	}

	private AvpDocumentSync sync() {
		return AvpDocumentSync.of(editor.getDocumentProvider().getDocument(editor.getEditorInput()));
	}

	/** Shows the symbols of the text as last validated. */
	public void refresh() {
		AvpDocumentSync sync = sync();
		TreeViewer viewer = getTreeViewer();
		if (sync == null || viewer == null || viewer.getControl().isDisposed()) {
			return;
		}
		int version = sync.version();
		AvpLanguageServer.get().read(sync.id().getUri(), OutlineNode::of).thenAccept(nodes -> {
			if (nodes != null && !viewer.getControl().isDisposed()) {
				viewer.getControl().getDisplay().asyncExec(() -> show(viewer, sync, version, nodes));
			}
		});
	}

	private void show(TreeViewer viewer, AvpDocumentSync sync, int version, List<OutlineNode> nodes) {
		if (viewer.getControl().isDisposed() || sync.version() != version) {
			return;
		}
		java.util.Set<String> expanded = new java.util.HashSet<>();
		for (Object element : viewer.getExpandedElements()) {
			expanded.add(((OutlineNode) element).label());
		}
		viewer.getControl().setRedraw(false);
		try {
			viewer.setInput(nodes);
			if (expanded.isEmpty()) {
				viewer.expandToLevel(2);
			} else {
				expand(viewer, nodes, expanded);
			}
		} finally {
			viewer.getControl().setRedraw(true);
		}
	}

	private static void expand(TreeViewer viewer, List<OutlineNode> nodes, java.util.Set<String> labels) {
		for (OutlineNode node : nodes) {
			if (labels.contains(node.label())) {
				viewer.setExpandedState(node, true);
				expand(viewer, node.children(), labels);
			}
		}
	}

	private void reveal(OutlineNode node) {
		IDocument document = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		if (node.offset() + node.length() <= document.getLength()) {
			editor.selectAndReveal(node.offset(), node.length());
		}
	}

	@Override
	public void dispose() {
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		super.dispose();
	}

	private static final class SymbolTree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return ((List<?>) input).toArray();
		}

		@Override
		public Object[] getChildren(Object parent) {
			return ((OutlineNode) parent).children().toArray();
		}

		@Override
		public Object getParent(Object element) {
			return null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return !((OutlineNode) element).children().isEmpty();
		}
	}

	private static final class SymbolLabels extends LabelProvider {
		@Override
		public String getText(Object element) {
			return ((OutlineNode) element).label();
		}

		@Override
		public Image getImage(Object element) {
			OutlineNode node = (OutlineNode) element;
			Image own = AvpImages.of(AvpImages.has(node.kind()) ? node.kind() : null);
			if (own != null) {
				return own;
			}
			boolean container = !node.children().isEmpty();
			return PlatformUI.getWorkbench().getSharedImages().getImage(container ? ISharedImages.IMG_OBJ_FOLDER : ISharedImages.IMG_OBJ_ELEMENT);
		}
	}
}
