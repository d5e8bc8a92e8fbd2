// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dist.tests;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/** Runs a program as a user runs it from a shell, and cleans up test folders. */
final class Processes {

	record Result(int exit, String output) {
	}

	private Processes() {
	}

	static Result run(Path directory, List<String> command, Consumer<Map<String, String>> environment) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		environment.accept(builder.environment());
		Process process = builder.start();
		process.getOutputStream().close();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(300, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + command);
		}
		return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

	static void deleteTree(Path root) throws IOException {
		if (!Files.exists(root)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(root)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				path.toFile().setWritable(true);
				Files.delete(path);
			}
		}
	}
}
