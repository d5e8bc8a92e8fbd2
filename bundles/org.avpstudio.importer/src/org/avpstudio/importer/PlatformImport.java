// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.avpstudio.importer.internal.AvpNames;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Platform;

/** Files of other tools read into one platform model, with the report of what became of each part. */
public final class PlatformImport {

	/** The platform made and the report of the import. */
	public record Result(Platform platform, ImportReport report) {
	}

	private static final long MAX_BYTES = 256L * 1024 * 1024;

	private PlatformImport() {
	}

	/**
	 * Reads {@code files} into a platform named {@code name}; each file's format is {@code format} when given
	 * (an importer's id), else detected from its content.
	 */
	public static Result read(String name, List<Path> files, String format) throws ImportException {
		return read(name, files, format, null);
	}

	/**
	 * As {@link #read(String, List, String)}, with the platform's hardware section read first from {@code hardware}
	 * (a board description such as a device tree, its format detected; null for none), so that the VMs' vCPU pinning
	 * lands on the board's cores. {@code files} may then be empty.
	 */
	public static Result read(String name, List<Path> files, String format, Path hardware) throws ImportException {
		if (files.isEmpty() && hardware == null) {
			throw new ImportException("no file to import");
		}
		ImportReport report = new ImportReport();
		Platform platform = AvpFactory.eINSTANCE.createPlatform();
		Path first = hardware != null ? hardware : files.get(0);
		platform.setName(new AvpNames("platform names").unique(name, new SourcePosition(first, 1, 1), report));
		if (hardware != null) {
			byte[] content = content(hardware);
			detected(hardware, content).read(hardware, content, platform, report);
			if (platform.getHardware() == null) {
				throw new ImportException(hardware + ": describes no hardware; --hardware takes a board description such as a device tree (.dts, .dtb)");
			}
		}
		Importer forced = format == null ? null
				: Importers.byId(format).orElseThrow(() -> new ImportException("unknown format '" + format + "'; known: " + ids()));
		// files are read and parsed a batch at a time on several threads, then added to the platform in input order
		for (int from = 0; from < files.size(); from += BATCH) {
			List<Path> batch = files.subList(from, Math.min(files.size(), from + BATCH));
			for (Prepared prepared : batch.parallelStream().map(file -> prepare(file, forced)).toList()) {
				if (prepared.refused() != null) {
					throw prepared.refused();
				}
				prepared.parsed().addTo(platform, report);
			}
		}
		for (Importer importer : Importers.all()) {
			importer.finish(platform, report);
		}
		return new Result(platform, report);
	}

	/** How many files are parsed before they are added: enough to keep the cores busy, few enough to keep memory low. */
	private static final int BATCH = 64;

	private record Prepared(Importer.Parsed parsed, ImportException refused) {
	}

	private static Prepared prepare(Path file, Importer forced) {
		try {
			byte[] content = content(file);
			Importer importer = forced != null ? forced : detected(file, content);
			return new Prepared(importer.parse(file, content), null);
		} catch (ImportException e) {
			return new Prepared(null, e);
		}
	}

	private static Importer detected(Path file, byte[] content) throws ImportException {
		Optional<Importer> detected = Importers.detect(content);
		if (detected.isPresent()) {
			return detected.get();
		}
		try {
			StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(content));
		} catch (CharacterCodingException e) {
			throw new ImportException(file + ": not UTF-8 text");
		}
		throw new ImportException(file + ": format not recognised; known formats: " + ids());
	}

	private static byte[] content(Path file) throws ImportException {
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new ImportException(file + ": larger than " + MAX_BYTES / 1024 / 1024 + " MiB; not read");
			}
			return Files.readAllBytes(file);
		} catch (IOException e) {
			throw new ImportException(file + ": cannot be read: " + e.getMessage());
		}
	}

	private static String ids() {
		return String.join(", ", Importers.all().stream().map(Importer::id).toList());
	}
}
