// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.nio.file.Path;

/** Where a part of an imported file starts: its file, line and column (1-based). */
public record SourcePosition(Path file, int line, int column) {

	/** {@code file:line}, the file by its name only (how the report and the .avp comments cite it). */
	@Override
	public String toString() {
		return file.getFileName() + ":" + line;
	}

	/** {@code file:line:column}, for errors. */
	public String exact() {
		return this + ":" + column;
	}
}
