// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.avpstudio.benchmarks.fuzz.FuzzMain;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameter;
import org.junit.runners.Parameterized.Parameters;

/**
 * A CI-sized Jazzer run of each target: no finding. The .avp targets run 30 s seeded with the examples, each
 * importer's target 10 s seeded with its kept corpus ({@code src/test/resources/fuzz/import/<format>/}). Longer runs:
 * {@code bin/benchmark fuzz SECONDS}, which keeps what it finds as regression inputs.
 */
@RunWith(Parameterized.class)
public class FuzzSmokeTest {

	private static final int SECONDS = Integer.getInteger("avp.fuzzSeconds", 30);
	private static final int IMPORT_SECONDS = Integer.getInteger("avp.importFuzzSeconds", 10);
	private static final Path FUZZ = Path.of("src/test/resources/fuzz").toAbsolutePath();

	@Parameters(name = "{0}")
	public static List<Object[]> targets() {
		return FuzzMain.targets(FUZZ, Path.of(System.getProperty("avp.examples", "../../examples"))).stream()
				.map(t -> new Object[] { t.name(), t }).toList();
	}

	@Parameter(0)
	public String name;

	@Parameter(1)
	public FuzzMain.Target target;

	@Test
	public void noFinding() throws Exception {
		int seconds = target.argument() == null ? SECONDS : IMPORT_SECONDS;
		Path dir = Path.of("target/fuzz").toAbsolutePath();
		Path log = Files.createDirectories(dir).resolve(target.name() + ".log");
		ProcessBuilder jazzer = FuzzMain.start(target, dir, seconds, System.getenv("AVP_BENCH_CLASSPATH"));
		Process p = jazzer.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue("Jazzer ended", p.waitFor(seconds + 120, TimeUnit.SECONDS));
		String output = Files.readString(log);
		assertTrue("Jazzer ran: " + output, output.contains("Done ") || output.contains("DONE"));
		assertEquals("no finding for " + target.name() + ":\n" + tail(output), 0, p.exitValue());
		assertFalse("no stack trace and no ERROR printed during the run:\n" + tail(output),
				output.contains("\tat ") || output.lines().anyMatch(l -> l.startsWith("ERROR") || l.contains(" ERROR ")));
		System.out.println(target.name() + ": " + output.lines().filter(l -> l.startsWith("Done ")).findFirst().orElse(""));
	}

	private static String tail(String output) {
		return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
	}
}
