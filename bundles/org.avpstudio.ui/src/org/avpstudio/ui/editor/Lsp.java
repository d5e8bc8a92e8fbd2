// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentExtension4;
import org.eclipse.jface.text.DocumentRewriteSession;
import org.eclipse.jface.text.DocumentRewriteSessionType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;

/** Conversions between Eclipse documents and LSP positions, URIs and text edits. */
public final class Lsp {

	private Lsp() {
	}

	/** The URI the language server uses for a file: {@code file:///path}. */
	public static String uri(URI location) {
		return "file://" + Path.of(location).toAbsolutePath().normalize().toUri().getRawPath();
	}

	public static Path path(String uri) {
		return Path.of(URI.create(uri)).toAbsolutePath().normalize();
	}

	/** The workspace file a document is open for, or null if it is not a workspace file. */
	public static IFile file(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		if (buffer == null || buffer.getLocation() == null) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(buffer.getLocation());
		return file.getLocationURI() == null ? null : file;
	}

	public static TextDocumentIdentifier id(IFile file) {
		return new TextDocumentIdentifier(uri(file.getLocationURI()));
	}

	public static Position position(IDocument document, int offset) throws BadLocationException {
		int line = document.getLineOfOffset(offset);
		return new Position(line, offset - document.getLineOffset(line));
	}

	public static int offset(IDocument document, Position position) throws BadLocationException {
		if (position.getLine() >= document.getNumberOfLines()) {
			return document.getLength();
		}
		int lineOffset = document.getLineOffset(position.getLine());
		int lineLength = document.getLineLength(position.getLine());
		return lineOffset + Math.min(position.getCharacter(), lineLength);
	}

	/** Start offset and length of a range in a document. */
	public static int[] region(IDocument document, Range range) throws BadLocationException {
		int start = offset(document, range.getStart());
		int end = offset(document, range.getEnd());
		return new int[] { start, Math.max(0, end - start) };
	}

	/**
	 * Applies edits as one change. An edit that replaces the whole text (as the compliance quick fixes send) is
	 * narrowed to the part that differs, so that the caret, markers and annotations elsewhere stay where they are.
	 */
	public static void apply(IDocument document, List<? extends TextEdit> edits) throws BadLocationException {
		List<int[]> regions = new ArrayList<>();
		List<String> texts = new ArrayList<>();
		for (TextEdit edit : edits) {
			regions.add(region(document, edit.getRange()));
			texts.add(edit.getNewText());
		}
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < regions.size(); i++) {
			order.add(i);
		}
		order.sort(Comparator.comparingInt((Integer i) -> regions.get(i)[0]).reversed());
		DocumentRewriteSession session = document instanceof IDocumentExtension4 ext
				? ext.startRewriteSession(DocumentRewriteSessionType.UNRESTRICTED_SMALL) : null;
		try {
			for (int i : order) {
				replaceNarrowed(document, regions.get(i)[0], regions.get(i)[1], texts.get(i));
			}
		} finally {
			if (session != null) {
				((IDocumentExtension4) document).stopRewriteSession(session);
			}
		}
	}

	private static void replaceNarrowed(IDocument document, int offset, int length, String text) throws BadLocationException {
		String old = document.get(offset, length);
		int prefix = 0;
		int max = Math.min(old.length(), text.length());
		while (prefix < max && old.charAt(prefix) == text.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix && old.charAt(old.length() - 1 - suffix) == text.charAt(text.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == old.length() && prefix == text.length()) {
			return;
		}
		document.replace(offset + prefix, old.length() - prefix - suffix, text.substring(prefix, text.length() - suffix));
	}
}
