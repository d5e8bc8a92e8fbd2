// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.util.List;

import org.apache.log4j.Logger;
import org.avpstudio.core.internal.PlatformLog;
import org.junit.Test;

/** While a command runs, what the platform logs at ERROR is collected for the verdict and printed nowhere. */
public class PlatformLogTest {

	@Test
	public void errorsAreCollectedNotPrinted() {
		PrintStream stderr = System.err;
		PrintStream stdout = System.out;
		ByteArrayOutputStream printed = new ByteArrayOutputStream();
		List<String> errors;
		try (PlatformLog log = PlatformLog.capture()) {
			System.setErr(new PrintStream(printed, true));
			System.setOut(new PrintStream(printed, true));
			Logger.getLogger("org.eclipse.xtext.validation.ResourceValidatorImpl").error("lost", new StringIndexOutOfBoundsException("index 12"));
			Logger.getLogger("org.eclipse.xtext.Some").warn("only a warning");
			errors = log.errors();
		} finally {
			System.setErr(stderr);
			System.setOut(stdout);
		}
		assertEquals(List.of("StringIndexOutOfBoundsException: index 12 (logged by ResourceValidatorImpl)"), errors);
		assertTrue("nothing printed: " + printed, printed.size() == 0);
	}
}
