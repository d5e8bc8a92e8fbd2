// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.codeactions;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.avpstudio.dsl.validation.PlatformCompliance;
import org.avpstudio.dsl.resource.ModelCopy;
import org.avpstudio.model.Platform;
import org.avpstudio.validation.Finding;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.ide.server.codeActions.ICodeActionService2;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;


/**
 * Code actions from the compliance rules' quick fixes: the fix is applied to a private copy of the document's
 * model, which is saved through the .avp serializer (untouched text and comments stay); the action replaces the
 * document with that text. The same quick fixes serve {@code avp validate --fix} and the Eclipse UI.
 */
public class AvpCodeActions implements ICodeActionService2 {

	@Override
	public List<Either<Command, CodeAction>> getCodeActions(Options options) {
		if (options.getDocument() != null && options.getResource() != null) {
			return codeActions(options, options.getDocument(), options.getResource());
		}
		// the language server hands over only the URI: read the document and its resource through its access
		return options.getLanguageServerAccess().doSyncRead(options.getURI(),
				context -> codeActions(options, context.getDocument(), context.getResource()));
	}

	private List<Either<Command, CodeAction>> codeActions(Options options, Document document, org.eclipse.emf.ecore.resource.Resource resource) {
		List<Either<Command, CodeAction>> actions = new ArrayList<>();
		for (Diagnostic diagnostic : options.getCodeActionParams().getContext().getDiagnostics()) {
			String code = diagnostic.getCode() == null ? null : diagnostic.getCode().getLeft();
			if (code == null || !code.startsWith("AVP")) {
				continue;
			}
			int offset = document.getOffSet(diagnostic.getRange().getStart());
			fixedText(resource, document, code, offset).ifPresent(fix -> {
				CodeAction action = new CodeAction(fix.label());
				action.setKind(CodeActionKind.QuickFix);
				action.setDiagnostics(List.of(diagnostic));
				Range whole = new Range(new Position(0, 0), document.getPosition(document.getContents().length()));
				String uri = options.getCodeActionParams().getTextDocument().getUri();
				action.setEdit(new WorkspaceEdit(Map.of(uri, List.of(new TextEdit(whole, fix.text())))));
				actions.add(Either.forRight(action));
			});
		}
		return actions;
	}

	private record Fix(String label, String text) {
	}

	private java.util.Optional<Fix> fixedText(org.eclipse.emf.ecore.resource.Resource resource, Document document, String requirementId, int offset) {
		try {
			XtextResource copy = ModelCopy.of((XtextResource) resource, document.getContents());
			Platform platform = (Platform) copy.getContents().get(0);
			for (Finding finding : PlatformCompliance.of(platform).findings()) {
				ICompositeNode node = NodeModelUtils.findActualNodeFor(finding.element());
				if (finding.isOpen() && finding.quickFix().isPresent() && finding.requirementId().equals(requirementId)
						&& finding.element().eResource() == copy && node != null && node.getOffset() <= offset
						&& offset < node.getEndOffset()) {
					finding.quickFix().get().apply(finding.element());
					return java.util.Optional.of(new Fix(finding.quickFix().get().label(), ModelCopy.text(copy)));
				}
			}
		} catch (IOException | RuntimeException e) {
			// no action rather than a broken one: the diagnostic stays
		}
		return java.util.Optional.empty();
	}
}
