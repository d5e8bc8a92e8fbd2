// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.hyperlink.AbstractHyperlinkDetector;
import org.eclipse.jface.text.hyperlink.IHyperlink;
import org.eclipse.lsp4j.DefinitionParams;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.LocationLink;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** Go to definition: Ctrl+click or F3 on a reference opens the VM, device or hardware it names, also in other files. */
public class AvpHyperlinks extends AbstractHyperlinkDetector {

	@Override
	public IHyperlink[] detectHyperlinks(ITextViewer viewer, IRegion region, boolean canShowMultipleHyperlinks) {
		AvpDocumentSync sync = AvpDocumentSync.of(viewer.getDocument());
		if (sync == null) {
			return null;
		}
		try {
			DefinitionParams params = new DefinitionParams(sync.id(), Lsp.position(viewer.getDocument(), region.getOffset()));
			Either<List<? extends Location>, List<? extends LocationLink>> answer = AvpLanguageServer
					.answer(AvpLanguageServer.get().server().definition(params));
			if (answer == null) {
				return null;
			}
			List<Location> targets = new ArrayList<>();
			if (answer.isLeft()) {
				targets.addAll(answer.getLeft());
			} else {
				answer.getRight().forEach(link -> targets.add(new Location(link.getTargetUri(), link.getTargetSelectionRange())));
			}
			if (targets.isEmpty()) {
				return null;
			}
			IRegion word = new AvpHover().getHoverRegion(viewer, region.getOffset());
			if (word.getLength() == 0) {
				return null;
			}
			return targets.stream().map(target -> new Link(word, target)).toArray(IHyperlink[]::new);
		} catch (BadLocationException e) {
			return null;
		}
	}

	/** Opens the file of a definition and selects its name. */
	static final class Link implements IHyperlink {
		private final IRegion region;
		private final Location target;

		Link(IRegion region, Location target) {
			this.region = region;
			this.target = target;
		}

		@Override
		public IRegion getHyperlinkRegion() {
			return region;
		}

		@Override
		public String getTypeLabel() {
			return "Open Declaration";
		}

		@Override
		public String getHyperlinkText() {
			return "Open Declaration in " + Lsp.path(target.getUri()).getFileName();
		}

		@Override
		public void open() {
			open(target);
		}

		static void open(Location target) {
			IFile[] files = ResourcesPlugin.getWorkspace().getRoot().findFilesForLocationURI(Lsp.path(target.getUri()).toUri());
			if (files.length == 0) {
				return;
			}
			try {
				IEditorPart editor = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), files[0]);
				if (editor instanceof ITextEditor text) {
					IDocument document = text.getDocumentProvider().getDocument(text.getEditorInput());
					int[] at = Lsp.region(document, target.getRange());
					text.selectAndReveal(at[0], at[1]);
				}
			} catch (PartInitException | BadLocationException e) {
				// the editor reports why it cannot open
			}
		}
	}
}
