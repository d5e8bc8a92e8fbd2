// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.List;

import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.TextAttribute;
import org.eclipse.jface.text.presentation.PresentationReconciler;
import org.eclipse.jface.text.rules.DefaultDamagerRepairer;
import org.eclipse.jface.text.rules.EndOfLineRule;
import org.eclipse.jface.text.rules.IRule;
import org.eclipse.jface.text.rules.IToken;
import org.eclipse.jface.text.rules.IWordDetector;
import org.eclipse.jface.text.rules.MultiLineRule;
import org.eclipse.jface.text.rules.NumberRule;
import org.eclipse.jface.text.rules.RuleBasedScanner;
import org.eclipse.jface.text.rules.SingleLineRule;
import org.eclipse.jface.text.rules.Token;
import org.eclipse.jface.text.rules.WordRule;
import org.eclipse.swt.SWT;

/**
 * Syntax colouring of .avp text while it is typed: the language's keywords (taken from its grammar), comments,
 * strings and numbers. Names and references are coloured semantically once validated ({@link SemanticHighlighter}).
 */
public class AvpPresentationReconciler extends PresentationReconciler {

	public AvpPresentationReconciler() {
		DefaultDamagerRepairer repairer = new DefaultDamagerRepairer(scanner(AvpLanguageServer.get().keywords()));
		setDamager(repairer, IDocument.DEFAULT_CONTENT_TYPE);
		setRepairer(repairer, IDocument.DEFAULT_CONTENT_TYPE);
	}

	static RuleBasedScanner scanner(List<String> keywords) {
		IToken keyword = new Token(AvpColors.attribute(AvpColors.KEYWORD, SWT.BOLD));
		IToken comment = new Token(AvpColors.attribute(AvpColors.COMMENT, SWT.NORMAL));
		IToken string = new Token(AvpColors.attribute(AvpColors.STRING, SWT.NORMAL));
		IToken number = new Token(AvpColors.attribute(AvpColors.NUMBER, SWT.NORMAL));
		WordRule words = new WordRule(new IWordDetector() {
			@Override
			public boolean isWordStart(char c) {
				return Character.isLetter(c) || c == '_';
			}

			@Override
			public boolean isWordPart(char c) {
				return Character.isLetterOrDigit(c) || c == '_' || c == '-';
			}
		}, new Token(null));
		keywords.forEach(word -> words.addWord(word, keyword));
		RuleBasedScanner scanner = new RuleBasedScanner();
		scanner.setDefaultReturnToken(new Token(new TextAttribute(null)));
		scanner.setRules(new IRule[] { new EndOfLineRule("//", comment), new MultiLineRule("/*", "*/", comment, (char) 0, true),
				new SingleLineRule("\"", "\"", string, '\\'), words, new NumberRule(number) });
		return scanner;
	}
}
