// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

/** The benchmark forks run with the collector options bin/avp uses (written once per side, checked here). */
public class JvmOptionsTest {

	@Test
	public void benchmarkForksUseTheCommandLinesCollectorOptions() throws Exception {
		Path options = Path.of("../../releng/org.avpstudio.cli.dist/jvm.options");
		List<String> cli = List.of(Files.readString(options).trim().split("\\s+"));
		for (String option : BenchmarkMain.GC_OPTIONS) {
			assertTrue(option + " is in " + options + ": " + cli, cli.contains(option));
		}
	}
}
