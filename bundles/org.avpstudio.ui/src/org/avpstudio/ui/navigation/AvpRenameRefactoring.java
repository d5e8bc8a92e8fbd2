// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.dsl.ide.rename.RenameCheck;
import org.avpstudio.ui.editor.AvpLanguageServer;
import org.avpstudio.ui.editor.Lsp;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.lsp4j.RenameParams;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.ltk.core.refactoring.Change;
import org.eclipse.ltk.core.refactoring.CompositeChange;
import org.eclipse.ltk.core.refactoring.Refactoring;
import org.eclipse.ltk.core.refactoring.RefactoringStatus;
import org.eclipse.ltk.core.refactoring.TextFileChange;
import org.eclipse.text.edits.MultiTextEdit;
import org.eclipse.text.edits.ReplaceEdit;

/**
 * Rename of a .avp element (VM, device, core, host device, network, ...) as an Eclipse refactoring: the element is
 * the one whose name or reference is at an offset of a file; the new name must be a name of the language
 * ({@link ModelEdit#isName}) and free ({@link RenameCheck#clash}); the edits of the declaration and of every
 * reference, in this file and in every workspace file that imports it, come from the .avp language server's rename
 * and become one {@link TextFileChange} per file (previewed, performed and undone as one step).
 */
public class AvpRenameRefactoring extends Refactoring {

	private final IFile file;
	private final int offset;
	private RenameCheck.Target target;
	private String newName = "";

	public AvpRenameRefactoring(IFile file, int offset) {
		this.file = file;
		this.offset = offset;
	}

	@Override
	public String getName() {
		return "Rename AVP Element";
	}

	/** The element renamed (after {@link #checkInitialConditions}), or null. */
	public RenameCheck.Target target() {
		return target;
	}

	public String newName() {
		return newName;
	}

	public void setNewName(String name) {
		newName = name == null ? "" : name.strip();
	}

	@Override
	public RefactoringStatus checkInitialConditions(IProgressMonitor monitor) {
		AvpLanguageServer.get().awaitIdle();
		target = AvpLanguageServer.answer(AvpLanguageServer.get().read(uri(), resource -> RenameCheck.target(resource, offset)));
		if (target == null) {
			return RefactoringStatus.createFatalErrorStatus(
					"Put the caret on the name of a VM, device, core, host device, network or other named element, or on a reference to one.");
		}
		if (newName.isEmpty()) {
			newName = target.name();
		}
		return new RefactoringStatus();
	}

	/** Whether the new name may be given: a name of the .avp language, not the current one, not taken. */
	public RefactoringStatus checkNewName() {
		if (!ModelEdit.isName(newName)) {
			return RefactoringStatus.createFatalErrorStatus("'" + newName + "' is not a valid name: " + ModelEdit.NAME_RULE + ".");
		}
		String clash = AvpLanguageServer.answer(AvpLanguageServer.get().read(uri(), resource -> {
			String why = RenameCheck.clash(resource, offset, newName);
			return why == null ? "" : why;
		}));
		if (clash == null) {
			return RefactoringStatus.createFatalErrorStatus("The language server did not answer; try again.");
		}
		return clash.isEmpty() ? new RefactoringStatus() : RefactoringStatus.createFatalErrorStatus("Cannot rename to " + clash + ".");
	}

	@Override
	public RefactoringStatus checkFinalConditions(IProgressMonitor monitor) {
		return checkNewName();
	}

	@Override
	public Change createChange(IProgressMonitor monitor) throws OperationCanceledException {
		WorkspaceEdit edit;
		try {
			IDocument document = FileText.document(file);
			edit = AvpLanguageServer.answer(AvpLanguageServer.get().server().rename(new RenameParams(Lsp.id(file), Lsp.position(document, offset), newName)));
		} catch (BadLocationException e) {
			edit = null;
		}
		CompositeChange change = new CompositeChange("Rename " + target.name() + " to " + newName);
		for (Map.Entry<String, List<TextEdit>> entry : edits(edit).entrySet()) {
			IFile changed = FileText.file(entry.getKey());
			IDocument document = changed == null ? null : FileText.document(changed);
			if (document == null) {
				continue;
			}
			TextFileChange fileChange = new TextFileChange(changed.getName(), changed);
			// previewed as text: the rename's token edits side by side (the semantic compare viewer registered for .avp
			// files answers "no semantic change" for a rename, which hides what the refactoring does)
			fileChange.setTextType("txt");
			MultiTextEdit root = new MultiTextEdit();
			for (TextEdit text : entry.getValue()) {
				int[] at = FileText.region(document, text.getRange());
				root.addChild(new ReplaceEdit(at[0], at[1], text.getNewText()));
			}
			fileChange.setEdit(root);
			change.add(fileChange);
		}
		return change;
	}

	/** The edits per file URI of a workspace edit, in either of its two forms. */
	static Map<String, List<TextEdit>> edits(WorkspaceEdit edit) {
		Map<String, List<TextEdit>> byFile = new LinkedHashMap<>();
		if (edit == null) {
			return byFile;
		}
		if (edit.getChanges() != null) {
			edit.getChanges().forEach((uri, list) -> byFile.computeIfAbsent(uri, u -> new ArrayList<>()).addAll(list));
		}
		if (edit.getDocumentChanges() != null) {
			for (var documentChange : edit.getDocumentChanges()) {
				if (documentChange.isLeft()) {
					TextDocumentEdit textEdit = documentChange.getLeft();
					for (var one : textEdit.getEdits()) {
						if (one.isLeft()) {
							byFile.computeIfAbsent(textEdit.getTextDocument().getUri(), u -> new ArrayList<>()).add(one.getLeft());
						}
					}
				}
			}
		}
		return byFile;
	}

	private String uri() {
		return Lsp.id(file).getUri();
	}
}
