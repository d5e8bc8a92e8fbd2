// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.DocumentEvent;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IDocumentListener;
import org.eclipse.jface.text.ITextInputListener;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.reconciler.IReconciler;
import org.eclipse.jface.text.reconciler.IReconcilingStrategy;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.swt.widgets.Display;

/**
 * Keeps the language server's copy of an open .avp document in step with the editor: every edit is sent as it
 * happens (the UI thread only hands the text over), and each round of diagnostics that comes back updates the
 * editor's annotations, semantic colouring and outline on the UI thread. Contributed to the Generic Editor as
 * its reconciler for the .avp content type.
 */
public class AvpDocumentSync implements IReconciler, ITextInputListener, IDocumentListener {

	private static final Map<IDocument, AvpDocumentSync> OPEN = new ConcurrentHashMap<>();

	private ITextViewer viewer;
	private IDocument document;
	private IFile file;
	private TextDocumentIdentifier id;
	private volatile int version;
	private volatile List<Diagnostic> diagnostics = List.of();
	private volatile int diagnosedVersion = -1;
	private Runnable unsubscribe;
	private SemanticHighlighter highlighter;
	private final List<Runnable> afterValidation = new CopyOnWriteArrayList<>();

	/** The synchronisation of an open .avp document, or null if the document is not open in the AVP editor. */
	public static AvpDocumentSync of(IDocument document) {
		return document == null ? null : OPEN.get(document);
	}

	@Override
	public void install(ITextViewer textViewer) {
		viewer = textViewer;
		viewer.addTextInputListener(this);
		if (viewer.getDocument() != null) {
			connect(viewer.getDocument());
		}
	}

	@Override
	public void uninstall() {
		if (viewer != null) {
			viewer.removeTextInputListener(this);
		}
		disconnect();
	}

	@Override
	public IReconcilingStrategy getReconcilingStrategy(String contentType) {
		return null;
	}

	@Override
	public void inputDocumentAboutToBeChanged(IDocument oldInput, IDocument newInput) {
		disconnect();
	}

	@Override
	public void inputDocumentChanged(IDocument oldInput, IDocument newInput) {
		if (newInput != null) {
			connect(newInput);
		}
	}

	private void connect(IDocument newDocument) {
		IFile newFile = Lsp.file(newDocument);
		if (newFile == null || document == newDocument) {
			return;
		}
		document = newDocument;
		file = newFile;
		id = Lsp.id(file);
		AvpLanguageServer server = AvpLanguageServer.get();
		version = 1;
		OPEN.put(document, this);
		document.addDocumentListener(this);
		if (viewer instanceof TextViewer textViewer) {
			highlighter = new SemanticHighlighter(textViewer, this);
		}
		server.server().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(id.getUri(), "avp", version, document.get())));
		unsubscribe = server.onDiagnostics(Lsp.path(id.getUri()), this::diagnosticsArrived);
	}

	private void disconnect() {
		if (document == null) {
			return;
		}
		document.removeDocumentListener(this);
		OPEN.remove(document);
		if (unsubscribe != null) {
			unsubscribe.run();
		}
		if (highlighter != null) {
			highlighter.dispose();
			highlighter = null;
		}
		AvpLanguageServer.get().server().didClose(new DidCloseTextDocumentParams(id));
		document = null;
	}

	@Override
	public void documentAboutToBeChanged(DocumentEvent event) {
		// the whole new text is sent once the change is done
	}

	@Override
	public void documentChanged(DocumentEvent event) {
		sendContents();
	}

	/** Sends every open document again, so that it is validated anew (after the compliance profile changed). */
	public static void revalidateAll() {
		OPEN.values().forEach(AvpDocumentSync::sendContents);
	}

	/** Sends the current text; validation of any older text still running on the server is cancelled. */
	public void sendContents() {
		IDocument current = document;
		if (current == null) {
			return;
		}
		int next = ++version;
		TextDocumentContentChangeEvent whole = new TextDocumentContentChangeEvent(current.get());
		AvpLanguageServer.get().server().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(id.getUri(), next), List.of(whole)));
	}

	private void diagnosticsArrived(PublishDiagnosticsParams params) {
		Display display = viewer == null ? null : viewer.getTextWidget() == null ? null : viewer.getTextWidget().getDisplay();
		if (display == null || display.isDisposed()) {
			return;
		}
		int sentVersion = params.getVersion() != null ? params.getVersion() : version;
		List<Diagnostic> arrived = List.copyOf(params.getDiagnostics());
		display.asyncExec(() -> {
			if (document == null || viewer.getTextWidget() == null || viewer.getTextWidget().isDisposed()) {
				return;
			}
			diagnostics = arrived;
			diagnosedVersion = sentVersion;
			if (viewer instanceof ISourceViewer sourceViewer && sourceViewer.getAnnotationModel() != null) {
				DiagnosticAnnotations.show(sourceViewer.getAnnotationModel(), document, arrived);
			}
			if (highlighter != null) {
				highlighter.refresh();
			}
			afterValidation.forEach(Runnable::run);
		});
	}

	public IDocument document() {
		return document;
	}

	public IFile file() {
		return file;
	}

	public TextDocumentIdentifier id() {
		return id;
	}

	public int version() {
		return version;
	}

	/** The diagnostics of the latest validated text (may lag behind typing by one validation). */
	public List<Diagnostic> diagnostics() {
		return diagnostics;
	}

	/** True once the server has validated the text the editor shows now. */
	public boolean isUpToDate() {
		return diagnosedVersion == version;
	}

	/** Runs {@code listener} on the UI thread after each validation of this document (the outline refreshes so). */
	public Runnable onValidated(Runnable listener) {
		afterValidation.add(listener);
		return () -> afterValidation.remove(listener);
	}
}
