// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.List;

import org.avpstudio.dsl.ide.rename.RenameCheck;
import org.avpstudio.ui.AvpStudioUi;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.Lsp;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.ReferenceContext;
import org.eclipse.lsp4j.ReferenceParams;
import org.eclipse.search.ui.ISearchQuery;
import org.eclipse.search.ui.ISearchResult;

/**
 * Find References: every reference to the element at an offset of a .avp file, in the workspace's .avp files,
 * as the language server finds them; shown in the Search view ({@link ReferencesResult}).
 */
public class ReferencesQuery implements ISearchQuery {

	private final IFile file;
	private final int offset;
	private final ReferencesResult result = new ReferencesResult(this);
	private String element = "";

	public ReferencesQuery(IFile file, int offset) {
		this.file = file;
		this.offset = offset;
	}

	@Override
	public IStatus run(IProgressMonitor monitor) {
		result.removeAll();
		AvpLanguageServer server = AvpLanguageServer.get();
		server.awaitIdle();
		IDocument document = FileText.document(file);
		if (document == null) {
			return Status.error(file.getName() + " cannot be read");
		}
		RenameCheck.Target target = AvpLanguageServer.answer(server.read(Lsp.id(file).getUri(), resource -> RenameCheck.target(resource, offset)));
		if (target == null) {
			element = "nothing at the caret";
			return new Status(IStatus.INFO, AvpStudioUi.PLUGIN_ID, "Put the caret on the name of an element or on a reference to one.");
		}
		element = target.name();
		List<? extends Location> locations;
		try {
			locations = AvpLanguageServer.answer(server.server().references(new ReferenceParams(Lsp.id(file), Lsp.position(document, offset), new ReferenceContext(false))));
		} catch (BadLocationException e) {
			locations = null;
		}
		if (locations == null) {
			return Status.error("The .avp language server did not answer");
		}
		java.util.Map<String, IDocument> documents = new java.util.HashMap<>();
		for (Location location : locations) {
			if (monitor.isCanceled()) {
				break;
			}
			IFile found = FileText.file(location.getUri());
			IDocument text = found == null ? null : documents.computeIfAbsent(location.getUri(), u -> FileText.document(found));
			if (text == null) {
				continue;
			}
			int[] at = FileText.region(text, location.getRange());
			try {
				int line = text.getLineOfOffset(at[0]);
				String lineText = text.get(text.getLineOffset(line), text.getLineLength(line)).strip();
				result.addMatch(new ReferenceMatch(found, at[0], at[1], line + 1, lineText));
			} catch (BadLocationException e) {
				result.addMatch(new ReferenceMatch(found, at[0], at[1], 0, ""));
			}
		}
		return Status.OK_STATUS;
	}

	/** The name searched for. */
	public String element() {
		return element;
	}

	@Override
	public String getLabel() {
		return "AVP References";
	}

	@Override
	public boolean canRerun() {
		return true;
	}

	@Override
	public boolean canRunInBackground() {
		return true;
	}

	@Override
	public ISearchResult getSearchResult() {
		return result;
	}
}
