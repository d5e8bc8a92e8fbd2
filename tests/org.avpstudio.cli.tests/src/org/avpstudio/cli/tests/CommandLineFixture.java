// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import java.nio.file.Path;

import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/** A test of the command line: runs {@code avp} in-process ({@link Avp}) and keeps what the last run printed. */
abstract class CommandLineFixture {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	protected String out;
	protected String err;

	protected int avp(String... args) {
		Avp.Result result = Avp.run(args);
		out = result.out();
		err = result.err();
		return result.exit();
	}

	protected static Path example(String relative) {
		return Avp.example(relative);
	}
}
