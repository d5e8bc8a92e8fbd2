package org.avpstudio.cli.tests;

import static org.junit.Assert.assertFalse;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

import org.avpstudio.cli.AvpCommandLine;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

/** Runs {@code avp} in-process as CI runs it, keeping what it printed; never a stack trace. */
abstract class CommandLineFixture {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	protected String out;
	protected String err;

	protected int avp(String... args) {
		StringWriter o = new StringWriter();
		StringWriter e = new StringWriter();
		int exit = AvpCommandLine.run(args, new PrintWriter(o, true), new PrintWriter(e, true));
		out = o.toString();
		err = e.toString();
		assertFalse("no stack trace: " + err, err.contains("\tat ") || out.contains("\tat "));
		return exit;
	}

	protected static Path example(String relative) {
		return Path.of(System.getProperty("avp.examples", "../../examples")).toAbsolutePath().normalize().resolve(relative);
	}
}
