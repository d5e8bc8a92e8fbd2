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
		for (Path file : files) {
			String content = content(file);
			Importer importer = format != null
					? Importers.byId(format).orElseThrow(() -> new ImportException("unknown format '" + format + "'; known: " + ids()))
					: Importers.detect(content).orElseThrow(() -> new ImportException(file + ": format not recognised; known formats: " + ids()));
			importer.read(file, content, platform, report);
		}
		return new Result(platform, report);
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
