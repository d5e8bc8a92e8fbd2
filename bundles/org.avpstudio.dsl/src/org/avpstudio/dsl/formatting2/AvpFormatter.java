// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.formatting2;

import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.formatting2.AbstractFormatter2;
import org.eclipse.xtext.formatting2.IFormattableDocument;
import org.eclipse.xtext.formatting2.IHiddenRegionFormatter;
import org.eclipse.xtext.formatting2.regionaccess.IAstRegion;
import org.eclipse.xtext.formatting2.regionaccess.IEObjectRegion;
import org.eclipse.xtext.formatting2.regionaccess.ISemanticRegion;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.xbase.lib.Procedures.Procedure1;

/**
 * Lays out .avp text the way the examples are written: one clause per line inside braces, blocks indented
 * by one tab, one space between the tokens of a clause, at most one blank line kept between clauses.
 * It is driven by the grammar (a keyword that starts a group starts a clause), so it covers every rule
 * without a method per element; comments are kept where they are.
 */
public class AvpFormatter extends AbstractFormatter2 {

	/** Keywords that start a group in the grammar but read better on the same line as what precedes them. */
	private static final Set<String> INLINE_KEYWORDS = Set.of("at", "kind", "index", "address", "iommu-group",
			"version", "channels", "size", "format", "bridge", "exclusive", "on", "MiB", "seconds", "because", "from",
			"to", "port", "owner", "compatible", "in", "documented");

	/** Keywords that complete a clause. */
	private static final Set<String> CLAUSE_ENDINGS = Set.of("}", "MiB", "seconds");

	private static final Procedure1<IHiddenRegionFormatter> NEW_LINE = f -> f.setNewLines(1, 1, 2);
	private static final Procedure1<IHiddenRegionFormatter> ONE_SPACE = IHiddenRegionFormatter::oneSpace;
	private static final Procedure1<IHiddenRegionFormatter> NO_SPACE = IHiddenRegionFormatter::noSpace;

	@Override
	public void format(Object object, IFormattableDocument document) {
		if (object instanceof XtextResource resource) {
			for (EObject root : resource.getContents()) {
				format(root, document);
			}
		} else if (object instanceof EObject element) {
			formatElement(element, document);
		}
	}

	private void formatElement(EObject element, IFormattableDocument document) {
		IEObjectRegion region = textRegionExtensions.regionForEObject(element);
		if (region == null) {
			return;
		}
		ISemanticRegion open = textRegionExtensions.regionFor(element).keyword("{");
		ISemanticRegion close = textRegionExtensions.regionFor(element).keyword("}");
		if (open != null && close != null) {
			document.interior(open, close, IHiddenRegionFormatter::indent);
		}
		boolean inside = false;
		IAstRegion previous = null;
		for (IAstRegion part : region.getAstRegions()) {
			if (previous != null) {
				document.set(part.getPreviousHiddenRegion(), spacing(previous, part, inside));
			}
			if (part == open) {
				inside = true;
			} else if (part == close) {
				inside = false;
			}
			if (part instanceof IEObjectRegion child) {
				formatElement(child.getSemanticElement(), document);
			}
			previous = part;
		}
	}

	private Procedure1<IHiddenRegionFormatter> spacing(IAstRegion previous, IAstRegion part, boolean inside) {
		String before = keywordText(previous);
		String text = keywordText(part);
		if ("}".equals(text) || "{".equals(before)) {
			return NEW_LINE;
		}
		if (",".equals(text) || ".".equals(text) || ".".equals(before)) {
			return NO_SPACE;
		}
		if (part instanceof IEObjectRegion) {
			return "backend".equals(before) ? ONE_SPACE : NEW_LINE; // a contained element is a clause of its own
		}
		if (text != null && previous instanceof IEObjectRegion && !inside) {
			return NEW_LINE; // e.g. 'platform' after the imports
		}
		if (text != null && inside && !INLINE_KEYWORDS.contains(text) && !expectsContinuation(previous)) {
			return NEW_LINE; // a keyword that follows a complete clause starts the next one
		}
		return ONE_SPACE;
	}

	private static String keywordText(IAstRegion region) {
		return region instanceof ISemanticRegion semantic && semantic.getGrammarElement() instanceof Keyword
				? semantic.getText()
				: null;
	}

	/** A keyword of the language's own rules that still needs its value, like 'memory' or ','. */
	private static boolean expectsContinuation(IAstRegion region) {
		if (!(region instanceof ISemanticRegion semantic) || !(semantic.getGrammarElement() instanceof Keyword keyword)) {
			return false;
		}
		return GrammarUtil.containingRule(keyword) instanceof ParserRule && GrammarUtil.containingAssignment(keyword) == null
				&& !CLAUSE_ENDINGS.contains(keyword.getValue());
	}
}
