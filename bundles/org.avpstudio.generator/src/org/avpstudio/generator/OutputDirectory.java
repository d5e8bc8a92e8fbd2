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
 * killed or failed run therefore leaves every previous output whole. The staging folder is removed when the
 * run ends, fails or is terminated (SIGTERM, Ctrl+C); one left by a run killed outright (SIGKILL, power loss)
 * carries that run's process id and is removed by the next run once that process is gone.
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
			removeAbandonedStaging();
			staging = Files.createTempDirectory(root, STAGING + ProcessHandle.current().pid() + "-");
		} catch (AccessDeniedException e) {
			throw new GenerationException(root + ": the output directory is not writable; choose another --out or fix its permissions");
		} catch (IOException e) {
			if (String.valueOf(e.getMessage()).contains("Read-only file system")) {
				throw new GenerationException(root + ": the output directory is on a read-only file system; choose another --out");
			}
			throw new GenerationException(root + ": cannot create the output directory (" + describe(e) + ")");
		}
		Path staged = staging;
		Object lock = new Object();
		boolean[] terminated = { false };
		Thread cleanup = new Thread(() -> {
			synchronized (lock) { // waits for the file being written, then no further file is started
				terminated[0] = true;
			}
			deleteQuietly(staged);
		}, "avp-staging-cleanup");
		Runtime.getRuntime().addShutdownHook(cleanup);
		try {
			for (int i = 0; i < files.size(); i++) {
				synchronized (lock) {
					if (terminated[0]) {
						throw new IOException("terminated");
					}
					Files.writeString(staging.resolve(i + ".tmp"), files.get(i).content());
				}
			}
			List<Path> written = new java.util.ArrayList<>();
			for (int i = 0; i < files.size(); i++) {
				Path target = resolve(files.get(i).relativePath());
				synchronized (lock) {
					if (terminated[0]) {
						throw new IOException("terminated");
					}
					Files.createDirectories(target.getParent());
					move(staging.resolve(i + ".tmp"), target);
				}
				written.add(target);
			}
			return written;
		} catch (IOException e) {
			throw new GenerationException(root + ": writing failed (" + describe(e)
					+ "); previous outputs are unchanged. Check free space and permissions");
		} finally {
			deleteQuietly(staging);
			try {
				Runtime.getRuntime().removeShutdownHook(cleanup);
			} catch (IllegalStateException shuttingDown) {
				// the hook runs anyway
			}
		}
	}

	private static final String STAGING = ".avp-staging-";

	/** Staging folders of runs whose process no longer exists (killed outright). */
	private void removeAbandonedStaging() throws IOException {
		try (Stream<Path> children = Files.list(root)) {
			for (Path child : children.toList()) {
				String name = child.getFileName().toString();
				if (name.startsWith(STAGING) && Files.isDirectory(child)) {
					String pid = name.substring(STAGING.length()).replaceFirst("-.*", "");
					boolean alive = pid.matches("\\d{1,19}") && ProcessHandle.of(Long.parseLong(pid)).map(ProcessHandle::isAlive).orElse(false);
					if (!alive) {
						deleteQuietly(child);
					}
				}
			}
		}
	}

	private static String describe(IOException e) {
		String message = String.valueOf(e.getMessage());
		return message.contains("No space left on device") ? "the device is full" : message;
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

	/** Serialised: the run's own clean-up and the termination hook may both get here. */
	private static synchronized void deleteQuietly(Path dir) {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> all = Files.walk(dir)) {
			all.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
		} catch (IOException | java.io.UncheckedIOException e) {
			// nothing else to do; the folder name marks it as ours and the next run removes it
		}
	}
}
