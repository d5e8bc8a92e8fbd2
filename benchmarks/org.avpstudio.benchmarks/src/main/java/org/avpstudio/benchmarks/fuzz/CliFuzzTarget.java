// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks.fuzz;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.avpstudio.cli.AvpCommandLine;

/**
 * Jazzer target: the command line's input handling. The bytes become a model file that {@code avp validate},
 * {@code avp generate --target all} and {@code avp report --format sarif} are run on. Every run must end with
 * exit code 0, 1 or 2 and have no internal error (an exception reaching the command's boundary, an ERROR the
 * platform logged, a check failing inside the tool: what the program did, not what it printed); whatever is
 * written stays inside the output directory. The verdict is judged too: a text in which Xtext's own parser finds
 * syntax errors must make {@code avp validate} exit 2 and never print "0 error(s)".
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
			String printed = check(input, "validate", model.toString());
			int exit = lastExit;
			// the verdict is the summary, the last line printed (a message may quote the model's own text)
			List<String> lines = lastOut.strip().lines().toList();
			String summary = lines.isEmpty() ? "" : lines.get(lines.size() - 1);
			if (StockParser.syntaxErrors(new String(input, StandardCharsets.UTF_8)) > 0
					&& (exit != 2 || summary.startsWith("0 error(s)"))) {
				throw new IllegalStateException("Xtext's own parser finds syntax errors, avp validate exited " + exit + ":\n" + printed);
			}
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

	private static int lastExit;
	private static String lastOut = "";

	private static String check(byte[] input, String... args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		List<String> internal = new ArrayList<>();
		int exit = AvpCommandLine.run(args, new PrintWriter(out, true), new PrintWriter(err, true), internal::add);
		lastExit = exit;
		lastOut = out.toString();
		String printed = out + "\n" + err;
		if (exit < 0 || exit > 2) {
			throw new IllegalStateException("avp " + args[0] + " exited with " + exit + ":\n" + printed);
		}
		if (!internal.isEmpty()) {
			throw new IllegalStateException("avp " + args[0] + " had internal errors " + internal + ":\n" + printed);
		}
		if (exit == 2 && err.toString().isBlank()) {
			throw new IllegalStateException("avp " + args[0] + " refused the input without saying why");
		}
		return printed;
	}

	private static void clean(Path dir) throws Exception {
		if (Files.exists(dir)) {
			try (Stream<Path> all = Files.walk(dir)) {
				all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}
}
