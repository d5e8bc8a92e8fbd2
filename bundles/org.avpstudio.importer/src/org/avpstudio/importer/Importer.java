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

	/** A file parsed, to be added to a platform. */
	interface Parsed {
		void addTo(Platform platform, ImportReport report) throws ImportException;
	}

	/**
	 * The part of {@link #read} that does not depend on the platform, such as parsing the file: {@link PlatformImport}
	 * runs it for several files at once, on several threads, so it must not touch anything shared. By default it only
	 * keeps the content, and {@link #read} does all the work when the result is added.
	 */
	default Parsed parse(Path file, String content) throws ImportException {
		return (platform, report) -> read(file, content, platform, report);
	}
}
