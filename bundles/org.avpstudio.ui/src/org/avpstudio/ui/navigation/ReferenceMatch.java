// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.navigation;

import org.eclipse.core.resources.IFile;
import org.eclipse.search.ui.text.Match;

/** One reference found: its file, offset and length, and the line it is on (number and text) for the Search view. */
public class ReferenceMatch extends Match {

	private final int line;
	private final String lineText;

	public ReferenceMatch(IFile file, int offset, int length, int line, String lineText) {
		super(file, offset, length);
		this.line = line;
		this.lineText = lineText;
	}

	public IFile file() {
		return (IFile) getElement();
	}

	/** The line number, from 1. */
	public int line() {
		return line;
	}

	public String lineText() {
		return lineText;
	}
}
