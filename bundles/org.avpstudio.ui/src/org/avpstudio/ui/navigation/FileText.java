// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.nio.file.Path;

import org.avpstudio.ui.editor.Lsp;
import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.filebuffers.ITextFileBufferManager;
import org.eclipse.core.filebuffers.LocationKind;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.Range;

/**
 * The text of a workspace .avp file as the user sees it (an open editor's unsaved text, else the file), to turn the
 * language server's line/character ranges into offsets.
 */
final class FileText {

	private FileText() {
	}

	/** The workspace file at a language-server URI, or null if it is not in the workspace. */
	static IFile file(String uri) {
		IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Lsp.path(uri).toUri());
		return files.length == 0 ? null : files[0];
	}

	/** The document of {@code file} (connected only for the call), or null if it cannot be read. */
	static IDocument document(IFile file) {
		ITextFileBufferManager manager = FileBuffers.getTextFileBufferManager();
		try {
			manager.connect(file.getFullPath(), LocationKind.IFILE, null);
			try {
				ITextFileBuffer buffer = manager.getTextFileBuffer(file.getFullPath(), LocationKind.IFILE);
				return buffer == null ? null : new org.eclipse.jface.text.Document(buffer.getDocument().get());
			} finally {
				manager.disconnect(file.getFullPath(), LocationKind.IFILE, null);
			}
		} catch (CoreException e) {
			return null;
		}
	}

	/** Offset and length of {@code range} in {@code document}. */
	static int[] region(IDocument document, Range range) {
		try {
			return Lsp.region(document, range);
		} catch (BadLocationException e) {
			return new int[] { 0, 0 };
		}
	}

	/** The file name of a URI, for messages. */
	static String name(String uri) {
		Path path = Lsp.path(uri);
		return path.getFileName() == null ? uri : path.getFileName().toString();
	}
}
