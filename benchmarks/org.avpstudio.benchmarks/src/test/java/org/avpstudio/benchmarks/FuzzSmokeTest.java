package org.avpstudio.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.avpstudio.benchmarks.fuzz.CliFuzzTarget;
import org.avpstudio.benchmarks.fuzz.FuzzMain;
import org.avpstudio.benchmarks.fuzz.ParserFuzzTarget;
import org.junit.Test;

/**
 * A CI-sized Jazzer run of each target (30 s, seeded with the examples): no finding. Longer runs:
 * {@code bin/benchmark fuzz SECONDS}, which keeps what it finds as regression inputs.
 */
public class FuzzSmokeTest {

	private static final int SECONDS = Integer.getInteger("avp.fuzzSeconds", 30);

	private static void fuzz(Class<?> target) throws Exception {
		Path dir = Path.of("target/fuzz").toAbsolutePath();
		Path log = Files.createDirectories(dir).resolve(target.getSimpleName() + ".log");
		ProcessBuilder jazzer = FuzzMain.start(target, dir, SECONDS, Path.of(System.getProperty("avp.examples", "../../examples")),
				System.getenv("AVP_BENCH_CLASSPATH"));
		Process p = jazzer.redirectErrorStream(true).redirectOutput(log.toFile()).start();
		assertTrue("Jazzer ended", p.waitFor(SECONDS + 120, TimeUnit.SECONDS));
		String output = Files.readString(log);
		assertTrue("Jazzer ran: " + output, output.contains("Done ") || output.contains("DONE"));
		assertEquals("no finding for " + target.getSimpleName() + ":\n" + tail(output), 0, p.exitValue());
		assertFalse("no stack trace and no ERROR printed during the run:\n" + tail(output),
				output.contains("\tat ") || output.lines().anyMatch(l -> l.startsWith("ERROR") || l.contains(" ERROR ")));
		System.out.println(target.getSimpleName() + ": " + output.lines().filter(l -> l.startsWith("Done ")).findFirst().orElse(""));
	}

	private static String tail(String output) {
		return output.length() > 6000 ? output.substring(output.length() - 6000) : output;
	}

	@Test
	public void parserAndValidator() throws Exception {
		fuzz(ParserFuzzTarget.class);
	}

	@Test
	public void commandLineInputHandling() throws Exception {
		fuzz(CliFuzzTarget.class);
	}
}
