// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import org.eclipse.jface.text.source.DefaultCharacterPairMatcher;

/** Bracket matching for the braces of blocks and the brackets of lists. */
public class AvpBrackets extends DefaultCharacterPairMatcher {

	public AvpBrackets() {
		super(new char[] { '{', '}', '[', ']', '(', ')' });
	}
}
