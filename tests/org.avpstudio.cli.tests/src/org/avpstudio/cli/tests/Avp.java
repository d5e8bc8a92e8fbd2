// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.avpstudio.cli.AvpCommandLine;

/** Runs the avp command line in-process, as CI would run bin/avp, and keeps what it printed. */
final class Avp {

	/** Exit code and the two output streams of one run. */
	record Result(int exit, String out, String err) {
	}

	private Avp() {
	}

	static Result run(String... args) {
		StringWriter o = new StringWriter();
		StringWriter e = new StringWriter();
		int exit = AvpCommandLine.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
		Result result = new Result(exit, o.toString(), e.toString());
		assertFalse("no stack trace: " + result.err(), result.err().contains("\tat ") || result.out().contains("\tat "));
		return result;
	}

	static Path example(String relative) {
		return Path.of(System.getProperty("avp.examples", "../../examples")).toAbsolutePath().normalize().resolve(relative);
	}

	static Path resource(String relative) {
		return Path.of(System.getProperty("avp.resources", "resources")).toAbsolutePath().normalize().resolve(relative);
	}

	/** Files fetched by .ci/fetch-test-assets (guest kernel, SARIF schema). */
	static Path cache(String relative) {
		return Path.of(System.getProperty("avp.cache", "../../.cache")).toAbsolutePath().normalize().resolve(relative);
	}
}
