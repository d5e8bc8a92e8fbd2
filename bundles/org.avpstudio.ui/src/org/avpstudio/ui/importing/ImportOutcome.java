// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.nio.file.Path;
import java.util.List;

import org.avpstudio.importer.PlatformImport;

/**
 * The import of one {@link ImportRequest}: each file read with its format, the files of a folder that were not
 * taken (and why), the platform and report, and its .avp text; or the error that stopped it (then nothing is written).
 */
public record ImportOutcome(ImportRequest request, List<ReadFile> files, List<SkippedFile> skipped, PlatformImport.Result result,
		String text, String error) {

	/**
	 * A file given to the importer, with its format (the one chosen, or the one its content was detected as);
	 * {@code hardware} when it is the board's description, read first into the platform's hardware section.
	 */
	public record ReadFile(Path file, String format, boolean hardware) {
		public ReadFile(Path file, String format) {
			this(file, format, false);
		}
	}

	/** A file of a chosen folder that was not imported. */
	public record SkippedFile(Path file, String why) {
	}

	public ImportOutcome {
		files = List.copyOf(files);
		skipped = List.copyOf(skipped);
	}

	static ImportOutcome failed(ImportRequest request, List<ReadFile> files, List<SkippedFile> skipped, String error) {
		return new ImportOutcome(request, files, skipped, null, null, error);
	}

	/** True when the platform was read and written as text: Finish may write it. */
	public boolean succeeded() {
		return error == null && text != null;
	}
}
