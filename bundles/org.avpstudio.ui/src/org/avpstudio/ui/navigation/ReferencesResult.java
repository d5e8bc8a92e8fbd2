// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.text.AbstractTextSearchResult;
import org.eclipse.search.ui.text.IEditorMatchAdapter;
import org.eclipse.search.ui.text.IFileMatchAdapter;
import org.eclipse.search.ui.text.Match;
import org.eclipse.ui.IEditorPart;

/** The references found by a {@link ReferencesQuery}, grouped by file (also marked in open editors). */
public class ReferencesResult extends AbstractTextSearchResult implements IFileMatchAdapter, IEditorMatchAdapter {

	private final ReferencesQuery query;

	ReferencesResult(ReferencesQuery query) {
		this.query = query;
	}

	@Override
	public String getLabel() {
		int count = getMatchCount();
		return "'" + query.element() + "' - " + count + (count == 1 ? " reference" : " references") + " in the workspace's .avp files";
	}

	@Override
	public String getTooltip() {
		return getLabel();
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return null;
	}

	@Override
	public ISearchQuery getQuery() {
		return query;
	}

	@Override
	public IEditorMatchAdapter getEditorMatchAdapter() {
		return this;
	}

	@Override
	public IFileMatchAdapter getFileMatchAdapter() {
		return this;
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IFile file) {
		return getMatches(file);
	}

	@Override
	public IFile getFile(Object element) {
		return element instanceof IFile file ? file : null;
	}

	@Override
	public boolean isShownInEditor(Match match, IEditorPart editor) {
		return match.getElement().equals(editor.getEditorInput().getAdapter(IFile.class));
	}

	@Override
	public Match[] computeContainedMatches(AbstractTextSearchResult result, IEditorPart editor) {
		IFile file = editor.getEditorInput().getAdapter(IFile.class);
		return file == null ? new Match[0] : getMatches(file);
	}
}
