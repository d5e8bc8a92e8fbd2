package org.avpstudio.benchmarks.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.avpstudio.cli.AvpCommandLine;

/**
 * Jazzer target: the command line's input handling. The bytes become a model file that {@code avp validate},
 * {@code avp generate --target all} and {@code avp report --format sarif} are run on. Every run must end with
 * exit code 0, 1 or 2 and print no stack trace; whatever is written stays inside the output directory.
 */
public final class CliFuzzTarget {

	private static Path scratch;

	private CliFuzzTarget() {
	}

	public static void fuzzerInitialize() throws Exception {
		scratch = Files.createTempDirectory("avp-fuzz-cli");
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		if (scratch == null) {
			fuzzerInitialize();
		}
		Path model = scratch.resolve("model.avp");
		Files.write(model, input);
		Path out = scratch.resolve("out");
		try {
			check(input, "validate", "--format", "json", model.toString());
			check(input, "generate", model.toString(), "--target", "all", "--out", out.toString());
			check(input, "report", model.toString(), "--format", "sarif", "--out", scratch.resolve("report.sarif").toString());
		} finally {
			clean(out);
		}
		try (Stream<Path> left = Files.list(scratch)) {
			long unexpected = left.filter(p -> !p.getFileName().toString().matches("model\\.avp|report\\.sarif")).count();
			if (unexpected > 0) {
				throw new IllegalStateException("files written outside the output directory");
			}
		}
	}

	private static void check(byte[] input, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		int exit = AvpCommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
		String printed = out + "\n" + err;
		if (exit < 0 || exit > 2) {
			throw new IllegalStateException("avp " + args[0] + " exited with " + exit + ":\n" + printed);
		}
		if (printed.contains("\tat ") || printed.contains("Exception in thread")) {
			throw new IllegalStateException("avp " + args[0] + " printed a stack trace:\n" + printed);
		}
		if (exit == 2 && err.toString().isBlank()) {
			throw new IllegalStateException("avp " + args[0] + " refused the input without saying why");
		}
	}

	private static void clean(Path dir) throws Exception {
		if (Files.exists(dir)) {
			try (Stream<Path> all = Files.walk(dir)) {
				all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
