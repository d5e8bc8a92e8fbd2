// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.quickassist.IQuickAssistInvocationContext;
import org.eclipse.jface.text.quickassist.IQuickAssistProcessor;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.ISharedImages;
import org.eclipse.ui.PlatformUI;

/** Quick fixes (Ctrl+1) on a compliance finding: the rule's own fix, applied through the .avp serializer. */
public class AvpQuickFixes implements IQuickAssistProcessor {

	@Override
	public String getErrorMessage() {
		return null;
	}

	@Override
	public boolean canFix(Annotation annotation) {
		return annotation instanceof DiagnosticAnnotation diagnostic && diagnostic.requirementId() != null;
	}

	@Override
	public boolean canAssist(IQuickAssistInvocationContext context) {
		return false;
	}

	@Override
	public ICompletionProposal[] computeQuickAssistProposals(IQuickAssistInvocationContext context) {
		IDocument document = context.getSourceViewer().getDocument();
		AvpDocumentSync sync = AvpDocumentSync.of(document);
		if (sync == null) {
			return new ICompletionProposal[0];
		}
		List<Diagnostic> here = new ArrayList<>();
		for (Diagnostic diagnostic : sync.diagnostics()) {
			try {
				int line = document.getLineOfOffset(context.getOffset());
				if (diagnostic.getRange().getStart().getLine() <= line && line <= diagnostic.getRange().getEnd().getLine()) {
					here.add(diagnostic);
				}
			} catch (BadLocationException e) {
				// outside the text
			}
		}
		return proposals(sync, here).toArray(ICompletionProposal[]::new);
	}

	/** The language server's quick fixes for the given diagnostics of an open document. */
	static List<ICompletionProposal> proposals(AvpDocumentSync sync, List<Diagnostic> diagnostics) {
		List<ICompletionProposal> proposals = new ArrayList<>();
		for (AvpLanguageServer.QuickFix fix : AvpLanguageServer.get().quickFixes(sync.id(), diagnostics)) {
			proposals.add(new FixProposal(fix.title(), sync.document(), fix.edits()));
		}
		return proposals;
	}

	/** One quick fix: its edits replace the document text in one undoable change. */
	static final class FixProposal implements ICompletionProposal {
		private final String title;
		private final IDocument document;
		private final List<TextEdit> edits;

		FixProposal(String title, IDocument document, List<TextEdit> edits) {
			this.title = title;
			this.document = document;
			this.edits = edits;
		}

		@Override
		public void apply(IDocument target) {
			try {
				Lsp.apply(target, edits);
			} catch (BadLocationException e) {
				// the text changed under the fix; Ctrl+1 again proposes a fresh one
			}
		}

		@Override
		public Point getSelection(IDocument target) {
			return null;
		}

		@Override
		public String getAdditionalProposalInfo() {
			return title;
		}

		@Override
		public String getDisplayString() {
			return title;
		}

		@Override
		public Image getImage() {
			return PlatformUI.getWorkbench().getSharedImages().getImage(ISharedImages.IMG_OBJS_INFO_TSK);
		}

		@Override
		public org.eclipse.jface.text.contentassist.IContextInformation getContextInformation() {
			return null;
		}

		IDocument document() {
			return document;
		}
	}
}
