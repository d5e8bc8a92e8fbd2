// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.avpstudio.model.Platform;

/** Reads one configuration format into a platform model. One implementation per format, headless. */
public interface Importer {

	/** The format's name as {@code avp import --from} takes it, e.g. {@code libvirt}. */
	String id();

	/** True when {@code content} (the file's text) is in this format. */
	boolean detects(String content);

	/**
	 * True when {@code content} (the file's bytes) is in this format: by default when it is UTF-8 text that
	 * {@link #detects(String)} takes; a binary format overrides it.
	 */
	default boolean detects(byte[] content) {
		String text = utf8(content);
		return text != null && detects(text);
	}

	/**
	 * Adds what {@code content} (read from {@code file}) describes to {@code platform}; records every element made,
	 * every part left out and every name changed in {@code report}.
	 */
	void read(Path file, String content, Platform platform, ImportReport report) throws ImportException;

	/**
	 * As {@link #read(Path, String, Platform, ImportReport)} for the file's bytes: by default they must be UTF-8 text;
	 * a binary format overrides it.
	 */
	default void read(Path file, byte[] content, Platform platform, ImportReport report) throws ImportException {
		String text = utf8(content);
		if (text == null) {
			throw new ImportException(file + ": not UTF-8 text");
		}
		read(file, text, platform, report);
	}

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

	/**
	 * As {@link #parse(Path, String)} for the file's bytes: UTF-8 text goes to {@link #parse(Path, String)}, other bytes
	 * to {@link #read(Path, byte[], Platform, ImportReport)} when added (which refuses them unless the format is binary).
	 */
	default Parsed parse(Path file, byte[] content) throws ImportException {
		String text = utf8(content);
		return text != null ? parse(file, text) : (platform, report) -> read(file, content, platform, report);
	}

	/**
	 * Called once after every file of an import was added: a format whose files refer to each other (ARXML, by AUTOSAR
	 * path) maps them here, together. By default nothing is left to do.
	 */
	default void finish(Platform platform, ImportReport report) throws ImportException {
	}

	/** {@code content} as UTF-8 text, or null when it is not. */
	private static String utf8(byte[] content) {
		try {
			return StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content)).toString();
		} catch (CharacterCodingException e) {
			return null;
		}
	}
}
