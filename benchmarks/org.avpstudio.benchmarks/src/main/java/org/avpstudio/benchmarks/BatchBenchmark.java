// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code bin/benchmark batch [MODELS] [RUNS]}: {@code bin/avp validate DIR} on a folder of MODELS (default 200)
 * example-sized models against the same command on a folder of one, each a fresh process (what a CI job runs),
 * alternating; prints the medians and the ratio (target: at most 4x). Each model is a copy of
 * {@code examples/cockpit} (cockpit.avp, 168 lines, importing its soc.avp, 31 lines) in a folder of its own, the
 * platform renamed, so every model and every imported part is loaded, linked and checked.
 */
final class BatchBenchmark {

	/** Target: validating many models in one call takes at most this many times validating one. */
	static final double RATIO = 4.0;

	private BatchBenchmark() {
	}

	static void run(List<String> args, Path root) throws Exception {
		int models = args.isEmpty() ? 200 : Integer.parseInt(args.get(0));
		int runs = args.size() < 2 ? 5 : Integer.parseInt(args.get(1));
		Path work = Files.createTempDirectory("avp-batch");
		try {
			Path one = folder(root, work.resolve("one"), 1);
			Path many = folder(root, work.resolve("many"), models);
			List<String> avp = List.of(root.resolve("bin/avp").toString(), "validate");
			List<String> validateOne = new ArrayList<>(avp);
			validateOne.add(one.toString());
			List<String> validateMany = new ArrayList<>(avp);
			validateMany.add(many.toString());
			time(validateOne);
			time(validateMany); // warm the file cache
			long[] a = new long[runs];
			long[] b = new long[runs];
			for (int i = 0; i < runs; i++) {
				a[i] = time(validateOne);
				b[i] = time(validateMany);
			}
			double oneMs = median(a) / 1e6;
			double manyMs = median(b) / 1e6;
			double ratio = manyMs / oneMs;
			System.out.printf("bin/avp validate DIR, 1 model (2 files):        median %.0f ms over %d runs%n", oneMs, runs);
			System.out.printf("bin/avp validate DIR, %d models (%d files):  median %.0f ms (%.1f ms per further model)%n", models, 2 * models, manyMs,
					(manyMs - oneMs) / Math.max(1, models - 1));
			System.out.printf("ratio: %.1fx (target <= %.0fx: %s)%n", ratio, RATIO, ratio <= RATIO ? "met" : "NOT met");
		} finally {
			try (Stream<Path> walk = Files.walk(work)) {
				walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	/** A folder of {@code count} copies of examples/cockpit, each in its own sub-folder with its imported part. */
	static Path folder(Path root, Path folder, int count) throws IOException {
		String model = Files.readString(root.resolve("examples/cockpit/cockpit.avp"));
		String soc = Files.readString(root.resolve("examples/cockpit/soc.avp"));
		for (int i = 1; i <= count; i++) {
			Path dir = Files.createDirectories(folder.resolve(String.format("model%03d", i)));
			Files.writeString(dir.resolve("cockpit.avp"), model.replace("platform cockpit {", String.format("platform cockpit_%03d {", i)));
			Files.writeString(dir.resolve("soc.avp"), soc);
		}
		return folder;
	}

	private static long time(List<String> command) throws Exception {
		long start = System.nanoTime();
		Process p = new ProcessBuilder(new ArrayList<>(command)).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		int exit = p.waitFor();
		if (exit != 0) {
			throw new IllegalStateException(command + " exited with " + exit);
		}
		return System.nanoTime() - start;
	}

	private static double median(long[] values) {
		long[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2.0;
	}
}
