// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The model files a command works on: files as given, and for a folder every {@code .avp} file below it (sorted by
 * path; hidden folders such as {@code .git} and Maven's {@code target} folders are skipped). All of them are then
 * loaded into one {@link ModelSet}, so a folder of models is checked in one JVM with one resource set and each file
 * keeps its own located findings.
 */
public final class ModelFiles {

	private ModelFiles() {
	}

	/** The files, with each folder replaced by the {@code .avp} files below it; a folder without any is refused. */
	public static List<Path> expand(List<Path> paths) throws ModelException {
		List<Path> files = new ArrayList<>();
		for (Path path : paths) {
			if (!Files.isDirectory(path)) {
				files.add(path);
				continue;
			}
			List<Path> found = below(path);
			if (found.isEmpty()) {
				throw new ModelException(path + ": a folder without .avp files (nothing to check below it)");
			}
			files.addAll(found);
		}
		return files;
	}

	/** The {@code .avp} files below a folder, sorted. */
	public static List<Path> below(Path folder) throws ModelException {
		try (Stream<Path> walk = Files.walk(folder, FileVisitOption.FOLLOW_LINKS)) {
			return walk.filter(p -> Files.isRegularFile(p) && p.getFileName().toString().endsWith(".avp"))
					.filter(p -> !skipped(folder.relativize(p))).sorted().toList();
		} catch (IOException | UncheckedIOException e) {
			throw new ModelException(folder + ": cannot be read (" + (e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage()) + ")");
		}
	}

	private static boolean skipped(Path relative) {
		for (int i = 0; i + 1 < relative.getNameCount(); i++) {
			String name = relative.getName(i).toString();
			if (name.startsWith(".") || name.equals("target")) {
				return true;
			}
		}
		return false;
	}
}
