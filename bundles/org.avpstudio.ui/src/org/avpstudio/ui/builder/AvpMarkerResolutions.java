// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.builder;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.Lsp;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolution2;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/**
 * Quick fixes on problem markers (Problems view, Ctrl+1 on a marker): the same rule fixes the editor offers,
 * asked of the language server for the marker's place. The file is changed through its text buffer, so an open
 * editor shows the fix (unsaved); a file that is not open is saved.
 */
public class AvpMarkerResolutions implements IMarkerResolutionGenerator2 {

	@Override
	public boolean hasResolutions(IMarker marker) {
		return marker.getAttribute(AvpMarkers.REQUIREMENT_ID, null) != null;
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		String requirement = marker.getAttribute(AvpMarkers.REQUIREMENT_ID, null);
		if (requirement == null || !(marker.getResource() instanceof IFile file) || file.getLocationURI() == null) {
			return new IMarkerResolution[0];
		}
		List<IMarkerResolution> resolutions = new ArrayList<>();
		withDocument(file, document -> {
			int start = marker.getAttribute(IMarker.CHAR_START, 0);
			int end = marker.getAttribute(IMarker.CHAR_END, start);
			Diagnostic diagnostic = new Diagnostic(new Range(Lsp.position(document, start), Lsp.position(document, Math.min(end, document.getLength()))),
					marker.getAttribute(IMarker.MESSAGE, ""));
			diagnostic.setCode(requirement);
			for (AvpLanguageServer.QuickFix fix : AvpLanguageServer.get().quickFixes(Lsp.id(file), List.of(diagnostic))) {
				resolutions.add(new Resolution(fix.title(), requirement, fix.edits()));
			}
			return false;
		});
		return resolutions.toArray(IMarkerResolution[]::new);
	}

	private interface DocumentWork {
		/** Returns true if the document was changed and should be saved when no editor holds it. */
		boolean run(IDocument document) throws BadLocationException;
	}

	private static void withDocument(IFile file, DocumentWork work) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		boolean openElsewhere = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE) != null;
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				if (work.run(buffer.getDocument()) && !openElsewhere) {
					buffer.commit(null, true);
				}
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException | BadLocationException e) {
			ILog.of(AvpMarkerResolutions.class).warn("Quick fix on " + file.getFullPath() + " failed: " + e.getMessage());
		}
	}

	/** One rule fix for a marker. */
	static final class Resolution implements IMarkerResolution2 {
		private final String label;
		private final String requirement;
		private final List<TextEdit> edits;

		Resolution(String label, String requirement, List<TextEdit> edits) {
			this.label = label;
			this.requirement = requirement;
			this.edits = edits;
		}

		@Override
		public String getLabel() {
			return label;
		}

		@Override
		public String getDescription() {
			return label + " (fixes " + requirement + "; comments and layout of the rest of the file are kept)";
		}

		@Override
		public Image getImage() {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
		}

		@Override
		public void run(IMarker marker) {
			if (marker.getResource() instanceof IFile file) {
				withDocument(file, document -> {
					Lsp.apply(document, edits);
					return true;
				});
			}
		}
	}
}
