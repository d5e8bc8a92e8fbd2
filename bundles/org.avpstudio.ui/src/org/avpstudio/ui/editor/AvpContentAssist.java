// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.CompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.IContentAssistProcessor;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.contentassist.IContextInformationValidator;
import org.eclipse.swt.graphics.Image;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Content assist (Ctrl+Space) from the language: keywords valid at the cursor, names of the VMs, devices and
 * hardware that a reference can point to, enumeration values, the VIRTIO feature bits of the device edited, and
 * templates (LSP snippets, inserted with linked fields by {@link SnippetProposal}); each with the icon of its
 * element kind ({@link AvpImages}) and the metamodel's documentation beside it.
 */
public class AvpContentAssist implements IContentAssistProcessor {

	private String error;

	@Override
	public ICompletionProposal[] computeCompletionProposals(ITextViewer viewer, int offset) {
		error = null;
		AvpDocumentSync sync = AvpDocumentSync.of(viewer.getDocument());
		if (sync == null) {
			error = "this file is not part of a workspace project";
			return new ICompletionProposal[0];
		}
		IDocument document = viewer.getDocument();
		try {
			CompletionParams params = new CompletionParams(sync.id(), Lsp.position(document, offset));
			Either<List<CompletionItem>, CompletionList> answer = AvpLanguageServer.answer(AvpLanguageServer.get().server().completion(params));
			if (answer == null) {
				error = "no proposals: the language server did not answer in time";
				return new ICompletionProposal[0];
			}
			List<CompletionItem> items = answer.isLeft() ? answer.getLeft() : answer.getRight().getItems();
			List<ICompletionProposal> proposals = new ArrayList<>();
			for (CompletionItem item : items) {
				proposals.add(proposal(document, offset, item));
			}
			return proposals.toArray(ICompletionProposal[]::new);
		} catch (BadLocationException e) {
			return new ICompletionProposal[0];
		}
	}

	static ICompletionProposal proposal(IDocument document, int offset, CompletionItem item) throws BadLocationException {
		String text;
		int start;
		int length;
		if (item.getTextEdit() != null && item.getTextEdit().isLeft()) {
			TextEdit edit = item.getTextEdit().getLeft();
			int[] region = Lsp.region(document, edit.getRange());
			text = edit.getNewText();
			start = region[0];
			length = Math.max(region[1], offset - region[0]);
		} else {
			text = item.getInsertText() != null ? item.getInsertText() : item.getLabel();
			start = offset;
			while (start > 0 && Character.isLetterOrDigit(document.getChar(start - 1))) {
				start--;
			}
			length = offset - start;
		}
		String display = item.getDetail() == null || item.getDetail().isBlank() || item.getDetail().equals(item.getLabel()) ? item.getLabel()
				: item.getLabel() + " - " + item.getDetail();
		String documentation = item.getDocumentation() == null ? null
				: item.getDocumentation().isLeft() ? item.getDocumentation().getLeft() : item.getDocumentation().getRight().getValue();
		Image image = AvpImages.ofCompletion(item.getKind(), item.getLabel(), item.getDetail());
		if (item.getInsertTextFormat() == InsertTextFormat.Snippet) {
			return new SnippetProposal(text, start, length, item.getLabel(), documentation, image);
		}
		return new CompletionProposal(text, start, length, text.length(), image, display, null, documentation);
	}

	@Override
	public IContextInformation[] computeContextInformation(ITextViewer viewer, int offset) {
		return null;
	}

	@Override
	public char[] getCompletionProposalAutoActivationCharacters() {
		return null;
	}

	@Override
	public char[] getContextInformationAutoActivationCharacters() {
		return null;
	}

	@Override
	public String getErrorMessage() {
		return error;
	}

	@Override
	public IContextInformationValidator getContextInformationValidator() {
		return null;
	}
}
