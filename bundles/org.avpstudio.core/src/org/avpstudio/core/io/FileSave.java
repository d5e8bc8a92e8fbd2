// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Saves a file the way an editor does, for every writer of AVP Studio (fixed models, the diagram server, reports,
 * diagrams, generated configurations):
 * <ul>
 * <li>a symbolic link is followed and the file it points to is replaced; the link stays a link;</li>
 * <li>the new content goes to a temporary file beside that file and replaces it in one rename, so a crash leaves
 * the old or the new content, never a mix;</li>
 * <li>the file keeps its permissions (and owner, where allowed); a new file gets the mode the user's umask
 * gives;</li>
 * <li>nothing is written when the content is unchanged;</li>
 * <li>a read-only file (no owner write permission, even for root) is refused with a message saying so.</li>
 * </ul>
 */
public final class FileSave {

	/** What a save did. */
	public enum Outcome {
		/** The file was created or its content replaced. */
		WRITTEN,
		/** The file already had exactly this content: it was not touched. */
		UNCHANGED
	}

	private static final int MAX_LINKS = 40;

	private FileSave() {
	}

	public static Outcome save(Path target, String text) throws SaveException {
		return save(target, text.getBytes(StandardCharsets.UTF_8));
	}

	public static Outcome save(Path target, byte[] content) throws SaveException {
		Path file = resolveLinks(target);
		if (Files.isDirectory(file)) {
			throw new SaveException(target + ": is a folder; give a file name");
		}
		if (Files.exists(file) && sameContent(file, content)) {
			return Outcome.UNCHANGED;
		}
		checkSavable(target, file);
		Path tmp = temporaryBeside(target, file);
		try {
			try (FileChannel channel = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				channel.force(true);
			}
			replace(tmp, file);
			return Outcome.WRITTEN;
		} catch (IOException e) {
			throw new SaveException(target + ": cannot be saved (" + describe(e) + "); the file is unchanged");
		} finally {
			deleteQuietly(tmp);
		}
	}

	/**
	 * Moves a complete file (written elsewhere, e.g. a staging folder on the same file system) over {@code target},
	 * with the same rules as {@link #save}: links followed, mode kept, an unchanged target left alone, a read-only
	 * target refused. The file is renamed into place, so no temporary file appears beside the target; across file
	 * systems its content is saved instead. {@code complete} is gone afterwards in every case.
	 */
	public static Outcome install(Path complete, Path target) throws SaveException {
		try {
			Path file = resolveLinks(target);
			byte[] content = Files.readAllBytes(complete);
			if (Files.isRegularFile(file) && sameContent(file, content)) {
				return Outcome.UNCHANGED;
			}
			checkSavable(target);
			Files.createDirectories(file.getParent());
			keepAttributes(file, complete);
			try {
				Files.move(complete, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
				return Outcome.WRITTEN;
			} catch (AtomicMoveNotSupportedException otherFileSystem) {
				return save(target, content);
			}
		} catch (IOException e) {
			throw new SaveException(target + ": cannot be saved (" + describe(e) + ")");
		} finally {
			deleteQuietly(complete);
		}
	}

	/** The file a path finally names, following symbolic links (also one that points to a file not created yet). */
	public static Path resolveLinks(Path target) throws SaveException {
		Path file = target.toAbsolutePath().normalize();
		for (int hops = 0; Files.isSymbolicLink(file); hops++) {
			if (hops == MAX_LINKS) {
				throw new SaveException(target + ": too many levels of symbolic links (a loop?); nothing was saved");
			}
			try {
				file = file.resolveSibling(Files.readSymbolicLink(file)).normalize();
			} catch (IOException e) {
				throw new SaveException(target + ": the symbolic link cannot be read (" + describe(e) + ")");
			}
		}
		return file;
	}

	/** Refuses, with the reason, a target that {@link #save} would refuse: a folder, a read-only file, a link loop. */
	public static void checkSavable(Path target) throws SaveException {
		Path file = resolveLinks(target);
		if (Files.isDirectory(file)) {
			throw new SaveException(target + ": is a folder; give a file name");
		}
		if (Files.exists(file)) {
			checkSavable(target, file);
		}
	}

	private static void checkSavable(Path target, Path file) throws SaveException {
		String named = file.equals(target.toAbsolutePath().normalize()) ? target.toString() : target + " (-> " + file + ")";
		if (Files.exists(file)) {
			if (!ownerMayWrite(file) || !Files.isWritable(file)) {
				throw new SaveException(named + ": the file is read-only; make it writable (chmod u+w) or save elsewhere; it was not changed");
			}
			return;
		}
		Path folder = file.getParent();
		try {
			Files.createDirectories(folder);
		} catch (IOException e) {
			throw new SaveException(named + ": its folder cannot be created (" + describe(e) + ")");
		}
	}

	private static boolean ownerMayWrite(Path file) {
		PosixFileAttributeView posix = Files.getFileAttributeView(file, PosixFileAttributeView.class);
		if (posix == null) {
			return true;
		}
		try {
			return posix.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE);
		} catch (IOException e) {
			return true; // the write itself will tell
		}
	}

	/** A new empty file in the target's folder: created as any new file (umask), then given the target's mode. */
	private static Path temporaryBeside(Path target, Path file) throws SaveException {
		Path folder = file.getParent();
		for (int attempt = 0;; attempt++) {
			Path tmp = folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".tmp");
			try (OutputStream created = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
				keepAttributes(file, tmp);
				return tmp;
			} catch (java.nio.file.FileAlreadyExistsException e) {
				if (attempt > 8) {
					throw new SaveException(target + ": no temporary file can be created beside it (" + folder + ")");
				}
			} catch (AccessDeniedException e) {
				throw new SaveException(target + ": the folder " + folder + " is not writable; fix its permissions or save elsewhere");
			} catch (IOException e) {
				deleteQuietly(tmp);
				throw new SaveException(target + ": cannot be saved (" + describe(e) + "); the file is unchanged");
			}
		}
	}

	private static void keepAttributes(Path original, Path tmp) throws IOException {
		if (!Files.exists(original)) {
			return;
		}
		PosixFileAttributeView from = Files.getFileAttributeView(original, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		PosixFileAttributeView to = Files.getFileAttributeView(tmp, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
		if (from == null || to == null) {
			return;
		}
		PosixFileAttributes attributes = from.readAttributes();
		try {
			to.setOwner(attributes.owner());
			to.setGroup(attributes.group());
		} catch (IOException notAllowed) {
			// only root may give a file away; the file then belongs to whoever saves it, as with any editor
		}
		to.setPermissions(attributes.permissions());
	}

	private static void replace(Path tmp, Path file) throws IOException {
		try {
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	private static boolean sameContent(Path file, byte[] content) {
		try {
			return Files.size(file) == content.length && Arrays.equals(Files.readAllBytes(file), content);
		} catch (IOException e) {
			return false; // the write will say what is wrong
		}
	}

	static String describe(IOException e) {
		String message = String.valueOf(e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage());
		if (message.contains("No space left on device")) {
			return "the device is full";
		}
		if (e instanceof AccessDeniedException) {
			return "permission denied";
		}
		return message;
	}

	private static void deleteQuietly(Path tmp) {
		try {
			Files.deleteIfExists(tmp);
		} catch (IOException e) {
			// a dot-file left behind names itself; nothing else to do
		}
	}
}
