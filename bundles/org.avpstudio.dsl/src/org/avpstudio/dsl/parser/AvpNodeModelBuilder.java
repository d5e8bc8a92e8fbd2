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

	/** A root node with Xtext's line breaks: {@code \r\n}, {@code \n} or a lone {@code \r}, each at its first character. */
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
			return Arrays.copyOf(breaks, count);
		}
	}
}
