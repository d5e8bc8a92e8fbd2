package org.avpstudio.generator;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes generated files below one directory, never outside it, each file atomically: content goes to a
 * temporary file in a staging folder inside the output directory and is then renamed over the old file. A
 * killed or failed run therefore leaves every previous output whole; the staging folder is removed.
 */
public final class OutputDirectory {

	private final Path root;

	public OutputDirectory(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	public List<Path> write(List<GeneratedFile> files) throws GenerationException {
		for (GeneratedFile file : files) {
			resolve(file.relativePath()); // reject every bad path before writing anything
		}
		Path staging;
		try {
			Files.createDirectories(root);
			staging = Files.createTempDirectory(root, ".avp-staging-");
		} catch (AccessDeniedException e) {
			throw new GenerationException(root + ": the output directory is not writable; choose another --out or fix its permissions");
		} catch (IOException e) {
			throw new GenerationException(root + ": cannot create the output directory (" + e.getMessage() + ")");
		}
		try {
			for (int i = 0; i < files.size(); i++) {
				Files.writeString(staging.resolve(i + ".tmp"), files.get(i).content());
			}
			List<Path> written = new java.util.ArrayList<>();
			for (int i = 0; i < files.size(); i++) {
				Path target = resolve(files.get(i).relativePath());
				Files.createDirectories(target.getParent());
				move(staging.resolve(i + ".tmp"), target);
				written.add(target);
			}
			return written;
		} catch (IOException e) {
			throw new GenerationException(root + ": writing failed (" + e.getMessage()
					+ "); previous outputs are unchanged. Check free space and permissions");
		} finally {
			deleteQuietly(staging);
		}
	}

	private Path resolve(String relative) throws GenerationException {
		Path target = root.resolve(relative).normalize();
		if (relative.isBlank() || !target.startsWith(root) || target.equals(root)) {
			throw new GenerationException("refusing to write '" + relative + "': it is outside the output directory " + root);
		}
		return target;
	}

	private static void move(Path from, Path to) throws IOException {
		try {
			Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static void deleteQuietly(Path dir) {
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		} catch (IOException e) {
			// nothing else to do; the folder name marks it as ours
		}
	}
}
