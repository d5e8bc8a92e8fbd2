// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.generator.GeneratedFile;

/**
 * Writes generated files below one directory, never outside it: every file is first written whole into a staging
 * folder inside the output directory, then each is saved over the old one with {@link FileSave} (atomically, its
 * mode and links kept, untouched when unchanged, refused when read-only). A killed or failed run therefore leaves
 * every previous output whole. The staging folder is removed when the
 * run ends, fails or is terminated (SIGTERM, Ctrl+C); one left by a run killed outright (SIGKILL, power loss)
 * carries that run's process id and is removed by the next run once that process is gone.
 */
public final class OutputDirectory {

	private final Path root;

	public OutputDirectory(Path root) {
		this.root = root.toAbsolutePath().normalize();
	}

	/** The files written (those whose content changed) and those left as they were. */
	public record Written(List<Path> changed, List<Path> unchanged) {
		public int total() {
			return changed.size() + unchanged.size();
		}
	}

	public Written write(List<GeneratedFile> files) throws SaveException {
		for (GeneratedFile file : files) {
			FileSave.checkSavable(resolve(file.relativePath())); // refuse a bad path or a read-only file before writing anything
		}
		Path staging;
		try {
			Files.createDirectories(root);
			removeAbandonedStaging();
			staging = Files.createTempDirectory(root, STAGING + ProcessHandle.current().pid() + "-");
		} catch (AccessDeniedException e) {
			throw new SaveException(root + ": the output directory is not writable; choose another --out or fix its permissions");
		} catch (IOException e) {
			if (String.valueOf(e.getMessage()).contains("Read-only file system")) {
				throw new SaveException(root + ": the output directory is on a read-only file system; choose another --out");
			}
			throw new SaveException(root + ": cannot create the output directory (" + FileSave.describe(e) + ")");
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
			List<Path> changed = new java.util.ArrayList<>();
			List<Path> unchanged = new java.util.ArrayList<>();
			for (int i = 0; i < files.size(); i++) {
				Path target = resolve(files.get(i).relativePath());
				synchronized (lock) {
					if (terminated[0]) {
						throw new IOException("terminated");
					}
					FileSave.Outcome outcome = FileSave.install(staging.resolve(i + ".tmp"), target);
					(outcome == FileSave.Outcome.WRITTEN ? changed : unchanged).add(target);
				}
			}
			return new Written(changed, unchanged);
		} catch (IOException e) {
			throw new SaveException(root + ": writing failed (" + FileSave.describe(e)
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


	private Path resolve(String relative) throws SaveException {
		Path target = root.resolve(relative).normalize();
		if (relative.isBlank() || !target.startsWith(root) || target.equals(root)) {
			throw new SaveException("refusing to write '" + relative + "': it is outside the output directory " + root);
		}
		return target;
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
