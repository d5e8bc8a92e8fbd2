// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.Arrays;

import org.avpstudio.ui.editor.EditorAccess;
import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.AbstractTextSearchViewPage;
import org.eclipse.search.ui.text.Match;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** The Search view's page for .avp references: files, and below each its references as "line: text". */
public class ReferencesPage extends AbstractTextSearchViewPage {

	public ReferencesPage() {
		super(FLAG_LAYOUT_TREE);
	}

	@Override
	protected void configureTreeViewer(TreeViewer viewer) {
		viewer.setContentProvider(new Tree());
		viewer.setLabelProvider(new Labels());
		viewer.setComparator(null);
	}

	@Override
	protected void configureTableViewer(TableViewer viewer) {
		throw new UnsupportedOperationException("the references are shown as a tree");
	}

	@Override
	protected void elementsChanged(Object[] objects) {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void clear() {
		if (getViewer() != null) {
			getViewer().refresh();
		}
	}

	@Override
	protected void showMatch(Match match, int offset, int length, boolean activate) throws PartInitException {
		IEditorPart editor = IDE.openEditor(getSite().getPage(), (IFile) match.getElement(), activate);
		ITextEditor text = EditorAccess.textEditor(editor);
		if (text != null) {
			text.selectAndReveal(offset, length);
		}
	}

	private final class Tree implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			if (!(input instanceof AbstractTextSearchResult result)) {
				return new Object[0];
			}
			Object[] files = result.getElements();
			Arrays.sort(files, (a, b) -> ((IFile) a).getFullPath().toString().compareTo(((IFile) b).getFullPath().toString()));
			return files;
		}

		@Override
		public Object[] getChildren(Object parent) {
			AbstractTextSearchResult result = getInput();
			if (!(parent instanceof IFile) || result == null) {
				return new Object[0];
			}
			Match[] matches = result.getMatches(parent);
			Arrays.sort(matches, (a, b) -> Integer.compare(a.getOffset(), b.getOffset()));
			return matches;
		}

		@Override
		public Object getParent(Object element) {
			return element instanceof Match match ? match.getElement() : null;
		}

		@Override
		public boolean hasChildren(Object element) {
			return element instanceof IFile;
		}

		@Override
		public void inputChanged(Viewer viewer, Object oldInput, Object newInput) {
			// the tree reads the result when asked
		}
	}

	private final class Labels extends LabelProvider {
		@Override
		public String getText(Object element) {
			if (element instanceof ReferenceMatch match) {
				return match.line() + ": " + match.lineText();
			}
			if (element instanceof IFile file) {
				AbstractTextSearchResult result = getInput();
				int count = result == null ? 0 : result.getMatchCount(file);
				return file.getName() + " - " + file.getParent().getFullPath().makeRelative() + " (" + count + (count == 1 ? " reference)" : " references)");
			}
			return String.valueOf(element);
		}

		@Override
		public Image getImage(Object element) {
			return PlatformUI.getWorkbench().getSharedImages().getImage(element instanceof IFile ? ISharedImages.IMG_OBJ_FILE : ISharedImages.IMG_OBJ_ELEMENT);
		}
	}
}
