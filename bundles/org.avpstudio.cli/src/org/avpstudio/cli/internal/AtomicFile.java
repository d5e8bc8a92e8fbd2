package org.avpstudio.cli.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes a whole file or nothing: a temporary file beside the target, moved over it in one step. */
final class AtomicFile {

	private AtomicFile() {
	}

	static void write(Path out, String text, String what) throws CliException {
		Path target = out.toAbsolutePath();
		Path tmp = null;
		try {
			Files.createDirectories(target.getParent());
			tmp = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".tmp");
			Files.writeString(tmp, text);
			Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException e) {
			if (tmp != null) {
				try {
					Files.deleteIfExists(tmp);
				} catch (IOException ignored) {
					// nothing more can be done; the message below names the problem
				}
			}
			throw new CliException(out + ": cannot write the " + what + " (" + e.getMessage() + ")");
		}
	}
}
