package org.avpstudio.cli;

import java.io.PrintWriter;

import org.avpstudio.cli.internal.AvpCommand;

import picocli.CommandLine;

/**
 * Entry point of the {@code avp} command. Exit codes follow one rule for every sub-command: 0 = done and
 * compliant, 1 = findings at error level, 2 = the input could not be used (bad arguments, unreadable or
 * unparsable files).
 */
public final class AvpCommandLine {

	public static final int EXIT_OK = 0;
	public static final int EXIT_FINDINGS = 1;
	public static final int EXIT_BAD_INPUT = 2;

	private AvpCommandLine() {
	}

	public static void main(String[] args) {
		System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
	}

	/** Runs the command line without exiting the JVM, writing to the given streams. */
	public static int run(String[] args, PrintWriter out, PrintWriter err) {
		CommandLine commandLine = new CommandLine(new AvpCommand());
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			err.println("avp: " + exception.getMessage());
			return EXIT_BAD_INPUT;
		});
		commandLine.setParameterExceptionHandler((exception, parts) -> {
			err.println("avp: " + exception.getMessage());
			err.println("Run 'avp --help' for usage.");
			return EXIT_BAD_INPUT;
		});
		return commandLine.execute(args);
	}
}
