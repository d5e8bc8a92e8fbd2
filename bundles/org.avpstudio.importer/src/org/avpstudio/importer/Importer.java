// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.nio.file.Path;

import org.avpstudio.model.Platform;

/** Reads one configuration format into a platform model. One implementation per format, headless. */
public interface Importer {

	/** The format's name as {@code avp import --from} takes it, e.g. {@code libvirt}. */
	String id();

	/** True when {@code content} (the file's text) is in this format. */
	boolean detects(String content);

	/**
	 * Adds what {@code content} (read from {@code file}) describes to {@code platform}; records every element made,
	 * every part left out and every name changed in {@code report}.
	 */
	void read(Path file, String content, Platform platform, ImportReport report) throws ImportException;
}
