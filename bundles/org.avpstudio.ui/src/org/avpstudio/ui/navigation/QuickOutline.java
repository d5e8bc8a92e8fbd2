// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.List;

import org.avpstudio.ui.editor.AvpDocumentSync;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.EditorAccess;
import org.avpstudio.ui.editor.OutlineNode;
import org.eclipse.jface.dialogs.PopupDialog;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.SearchPattern;
import org.eclipse.ui.texteditor.ITextEditor;

/**
 * Quick Outline (Ctrl+O): the elements of the .avp file in a pop-up over the editor; typing filters them by name
 * or kind (a prefix, camel case or * and ? patterns, as in Eclipse's other quick views); Enter or a click selects
 * the element in the text and closes the pop-up, Esc closes it.
 */
public class QuickOutline extends PopupDialog {

	private final ITextEditor editor;
	private Text filter;
	private TreeViewer tree;
	private SearchPattern pattern;

	public QuickOutline(Shell parent, ITextEditor editor) {
		super(parent, SWT.RESIZE, true, true, false, false, false, null, "Type to filter by name or kind; Enter goes to the element");
		this.editor = editor;
	}

	@Override
	protected boolean hasTitleArea() {
		return true; // the filter field stands in the title area
	}

	@Override
	protected Control createTitleControl(Composite parent) {
		filter = new Text(parent, SWT.NONE);
		filter.setMessage("name or kind, e.g. vm or rng*");
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		filter.addModifyListener(event -> {
			pattern = filter.getText().isBlank() ? null : patternOf(filter.getText().strip());
			tree.refresh();
			tree.expandAll();
			selectFirstMatch();
		});
		filter.addListener(SWT.KeyDown, event -> {
			if (event.keyCode == SWT.CR || event.keyCode == SWT.KEYPAD_CR) {
				goToSelection();
			} else if (event.keyCode == SWT.ARROW_DOWN) {
				tree.getTree().setFocus();
			}
		});
		return filter;
	}

	private static SearchPattern patternOf(String text) {
		SearchPattern pattern = new SearchPattern();
		pattern.setPattern(text);
		return pattern;
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		tree = new TreeViewer(parent, SWT.SINGLE | SWT.H_SCROLL | SWT.V_SCROLL);
		tree.getControl().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		tree.setContentProvider(new Nodes());
		tree.setLabelProvider(new LabelProvider() {
			@Override
			public String getText(Object element) {
				return ((OutlineNode) element).label();
			}
		});
		tree.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer viewer, Object parent, Object element) {
				return shows((OutlineNode) element);
			}
		});
		tree.getTree().addListener(SWT.DefaultSelection, event -> goToSelection());
		tree.getTree().addListener(SWT.MouseUp, event -> {
			if (tree.getTree().getItem(new Point(event.x, event.y)) != null) {
				goToSelection();
			}
		});
		AvpDocumentSync sync = AvpDocumentSync.of(EditorAccess.document(editor));
		List<OutlineNode> nodes = sync == null ? List.of()
				: AvpLanguageServer.answer(AvpLanguageServer.get().read(sync.id().getUri(), OutlineNode::of));
		tree.setInput(nodes == null ? List.of() : nodes);
		tree.expandAll();
		return tree.getControl();
	}

	/** Whether an element is shown: it matches the filter, or one of its children does. */
	private boolean shows(OutlineNode node) {
		if (pattern == null || pattern.matches(node.name()) || pattern.matches(node.kind())) {
			return true;
		}
		return node.children().stream().anyMatch(this::shows);
	}

	private boolean matches(OutlineNode node) {
		return pattern == null || pattern.matches(node.name()) || pattern.matches(node.kind());
	}

	private void selectFirstMatch() {
		for (var item : tree.getTree().getItems()) {
			OutlineNode found = first(item);
			if (found != null) {
				tree.setSelection(new org.eclipse.jface.viewers.StructuredSelection(found), true);
				return;
			}
		}
	}

	private OutlineNode first(org.eclipse.swt.widgets.TreeItem item) {
		if (item.getData() instanceof OutlineNode node && matches(node)) {
			return node;
		}
		for (var child : item.getItems()) {
			OutlineNode found = first(child);
			if (found != null) {
				return found;
			}
		}
		return null;
	}

	private void goToSelection() {
		if (tree.getSelection() instanceof IStructuredSelection selection && selection.getFirstElement() instanceof OutlineNode node) {
			close();
			editor.selectAndReveal(node.offset(), node.length());
		}
	}

	@Override
	protected Control getFocusControl() {
		return filter;
	}

	@Override
	protected Point getDefaultSize() {
		return new Point(420, 460);
	}

	/** The filter field and the tree (for tests). */
	public Text filterField() {
		return filter;
	}

	public TreeViewer tree() {
		return tree;
	}

	private static final class Nodes implements ITreeContentProvider {
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
}
