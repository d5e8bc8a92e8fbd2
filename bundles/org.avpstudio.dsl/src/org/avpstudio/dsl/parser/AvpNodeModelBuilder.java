// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.parser;

import java.util.Arrays;

import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.impl.NodeModelBuilder;
import org.eclipse.xtext.nodemodel.impl.RootNode;

/**
 * Xtext's node model builder, whose root node finds the line breaks of its text into an array of offsets directly.
 * Xtext's root node collects them as a list of boxed numbers first (one object per line of a large file).
 */
public class AvpNodeModelBuilder extends NodeModelBuilder {

	@Override
	public ICompositeNode newRootNode(String completeContent) {
		return new LineBreakingRootNode(completeContent);
	}

	/**
	 * A root node with Xtext's line breaks: {@code \r\n}, {@code \n} or a lone {@code \r}, each at its first character.
	 * <p>
	 * When the text ends in a lone {@code \r}, one more entry is added at the end of the text. Xtext's
	 * {@code InternalNodeModelUtils.getLineAndColumn} looks at the character after a {@code \r} to tell a CRLF from
	 * a Mac line end, and reads past the text for a position at its very end (where a syntax error such as an
	 * unclosed block is reported): a {@code StringIndexOutOfBoundsException} that lost the error. With the extra
	 * entry that position is found as a line start of its own: the line after the last, column 1, as after a
	 * final {@code \n}. Every other position is located as before.
	 */
	static final class LineBreakingRootNode extends RootNode {

		LineBreakingRootNode(String completeContent) {
			basicSetCompleteContent(completeContent);
		}

		@Override
		protected int[] computeLineBreaks(String text) {
			int[] breaks = new int[text.length() / 32 + 8];
			int count = 0;
			int length = text.length();
			for (int i = 0; i < length; i++) {
				char c = text.charAt(i);
				if (c == '\n' || c == '\r') {
					if (count == breaks.length) {
						breaks = Arrays.copyOf(breaks, count * 2);
					}
					breaks[count++] = i;
					if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
						i++;
					}
				}
			}
			if (length > 0 && text.charAt(length - 1) == '\r') {
				breaks = Arrays.copyOf(breaks, count + 1);
				breaks[count++] = length;
			}
			return Arrays.copyOf(breaks, count);
		}
	}
}
