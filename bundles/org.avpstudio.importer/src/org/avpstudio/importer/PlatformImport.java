// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.avpstudio.importer.internal.AvpNames;
import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Platform;

/** Files of other tools read into one platform model, with the report of what became of each part. */
public final class PlatformImport {

	/** The platform made and the report of the import. */
	public record Result(Platform platform, ImportReport report) {
	}

	private PlatformImport() {
	}

	/**
	 * Reads {@code files} into a platform named {@code name}; each file's format is {@code format} when given
	 * (an importer's id), else detected from its content.
	 */
	public static Result read(String name, List<Path> files, String format) throws ImportException {
		if (files.isEmpty()) {
			throw new ImportException("no file to import");
		}
		ImportReport report = new ImportReport();
		Platform platform = AvpFactory.eINSTANCE.createPlatform();
		platform.setName(new AvpNames("platform names").unique(name, new SourcePosition(files.get(0), 1, 1), report));
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
		return new Result(platform, report);
	}

	/** How many files are parsed before they are added: enough to keep the cores busy, few enough to keep memory low. */
	private static final int BATCH = 64;

	private record Prepared(Importer.Parsed parsed, ImportException refused) {
	}

	private static Prepared prepare(Path file, Importer forced) {
		try {
			String content = content(file);
			Importer importer = forced != null ? forced
					: Importers.detect(content).orElseThrow(() -> new ImportException(file + ": format not recognised; known formats: " + ids()));
			return new Prepared(importer.parse(file, content), null);
		} catch (ImportException e) {
			return new Prepared(null, e);
		}
	}

	private static String content(Path file) throws ImportException {
		try {
			return Files.readString(file, StandardCharsets.UTF_8);
		} catch (CharacterCodingException e) {
			throw new ImportException(file + ": not UTF-8 text");
		} catch (IOException e) {
			throw new ImportException(file + ": cannot be read: " + e.getMessage());
		}
	}

	private static String ids() {
		return String.join(", ", Importers.all().stream().map(Importer::id).toList());
	}
}
