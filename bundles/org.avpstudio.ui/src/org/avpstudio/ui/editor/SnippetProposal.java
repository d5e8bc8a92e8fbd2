// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.contentassist.ICompletionProposalExtension2;
import org.eclipse.jface.text.contentassist.IContextInformation;
import org.eclipse.jface.text.link.LinkedModeModel;
import org.eclipse.jface.text.link.LinkedModeUI;
import org.eclipse.jface.text.link.LinkedPosition;
import org.eclipse.jface.text.link.LinkedPositionGroup;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.texteditor.link.EditorLinkedModeUI;

/**
 * A template proposal: an LSP snippet ({@code ${1:name}}, {@code $1}, {@code $0}) inserted with the indentation of
 * its line, its fields linked (Tab moves to the next, every occurrence of a field changes with it, Enter ends at
 * {@code $0}).
 */
public final class SnippetProposal implements ICompletionProposal, ICompletionProposalExtension2 {

	private static final Pattern FIELD = Pattern.compile("\\$\\{(\\d+):([^}]*)\\}|\\$\\{(\\d+)\\}|\\$(\\d+)");

	/** The snippet's text with its fields filled in, and where each field's occurrences are. */
	public record Expansion(String text, Map<Integer, List<int[]>> fields, int exit) {
	}

	private final String snippet;
	private final int start;
	private final int length;
	private final String display;
	private final String documentation;
	private final Image image;
	private Point selection;

	public SnippetProposal(String snippet, int start, int length, String display, String documentation, Image image) {
		this.snippet = snippet;
		this.start = start;
		this.length = length;
		this.display = display;
		this.documentation = documentation;
		this.image = image;
	}

	/** Expands a snippet: every line after the first indented like the line it is inserted into. */
	public static Expansion expand(String snippet, String indentation) {
		String indented = snippet.replace("\n", "\n" + indentation);
		Map<Integer, String> defaults = new LinkedHashMap<>();
		Matcher first = FIELD.matcher(indented);
		while (first.find()) {
			if (first.group(1) != null) {
				defaults.putIfAbsent(Integer.parseInt(first.group(1)), first.group(2));
			}
		}
		StringBuilder text = new StringBuilder();
		Map<Integer, List<int[]>> fields = new java.util.TreeMap<>();
		int exit = -1;
		Matcher m = FIELD.matcher(indented);
		int last = 0;
		while (m.find()) {
			text.append(indented, last, m.start());
			int number = Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(3) != null ? m.group(3) : m.group(4));
			String value = defaults.getOrDefault(number, "");
			if (number == 0) {
				exit = text.length();
			} else {
				fields.computeIfAbsent(number, n -> new ArrayList<>()).add(new int[] { text.length(), value.length() });
			}
			text.append(value);
			last = m.end();
		}
		text.append(indented.substring(last));
		return new Expansion(text.toString(), fields, exit < 0 ? text.length() : exit);
	}

	@Override
	public void apply(ITextViewer viewer, char trigger, int stateMask, int offset) {
		IDocument document = viewer.getDocument();
		try {
			IRegion line = document.getLineInformationOfOffset(start);
			String before = document.get(line.getOffset(), start - line.getOffset());
			String indentation = before.substring(0, before.length() - before.stripLeading().length());
			int replaced = Math.max(length, offset - start);
			Expansion expansion = expand(snippet, indentation);
			document.replace(start, replaced, expansion.text());
			selection = new Point(start + expansion.exit(), 0);
			if (expansion.fields().isEmpty()) {
				return;
			}
			LinkedModeModel model = new LinkedModeModel();
			for (List<int[]> occurrences : expansion.fields().values()) {
				LinkedPositionGroup group = new LinkedPositionGroup();
				for (int[] at : occurrences) {
					group.addPosition(new LinkedPosition(document, start + at[0], at[1], LinkedPositionGroup.NO_STOP));
				}
				model.addGroup(group);
			}
			model.forceInstall();
			LinkedModeUI ui = new EditorLinkedModeUI(model, viewer);
			ui.setExitPosition(viewer, start + expansion.exit(), 0, Integer.MAX_VALUE);
			ui.enter();
			IRegion first = ui.getSelectedRegion();
			selection = new Point(first.getOffset(), first.getLength());
		} catch (BadLocationException e) {
			// the document changed under the proposal: nothing inserted
		}
	}

	@Override
	public void apply(IDocument document) {
		try {
			document.replace(start, length, expand(snippet, "").text());
		} catch (BadLocationException e) {
			// the document changed under the proposal
		}
	}

	@Override
	public void selected(ITextViewer viewer, boolean smartToggle) {
	}

	@Override
	public void unselected(ITextViewer viewer) {
	}

	@Override
	public boolean validate(IDocument document, int offset, org.eclipse.jface.text.DocumentEvent event) {
		try {
			String typed = document.get(start, offset - start);
			return snippet.startsWith(typed) || display.startsWith(typed);
		} catch (BadLocationException e) {
			return false;
		}
	}

	@Override
	public Point getSelection(IDocument document) {
		return selection;
	}

	@Override
	public String getAdditionalProposalInfo() {
		String preview = expand(snippet, "").text();
		return (documentation == null ? "" : documentation + "\n\n") + preview;
	}

	@Override
	public String getDisplayString() {
		return display;
	}

	@Override
	public Image getImage() {
		return image;
	}

	@Override
	public IContextInformation getContextInformation() {
		return null;
	}
}
