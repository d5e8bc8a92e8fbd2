// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Cold start of the command line: {@code bin/avp validate} on a small example against {@code java -version} of the
 * same JDK, alternating, each a fresh process; prints medians and the ratio.
 */
final class StartupBenchmark {

	private StartupBenchmark() {
	}

	static void run(List<String> args, Path root) throws Exception {
		int runs = args.isEmpty() ? 10 : Integer.parseInt(args.get(0));
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> avp = List.of(root.resolve("bin/avp").toString(), "validate", root.resolve("examples/cockpit/cockpit.avp").toString());
		List<String> version = List.of(java, "-version");
		time(avp);
		time(version); // warm the file cache (and create the class data sharing archive on first use)
		long[] a = new long[runs];
		long[] b = new long[runs];
		for (int i = 0; i < runs; i++) {
			a[i] = time(avp);
			b[i] = time(version);
		}
		double avpMs = median(a) / 1e6;
		double javaMs = median(b) / 1e6;
		System.out.printf("bin/avp validate cockpit.avp: median %.0f ms over %d runs%n", avpMs, runs);
		System.out.printf("java -version:                median %.0f ms%n", javaMs);
		System.out.printf("ratio: %.1fx%n", avpMs / javaMs);
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
