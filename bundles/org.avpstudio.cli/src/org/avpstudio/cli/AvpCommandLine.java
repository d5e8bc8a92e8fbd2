// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli;

import java.io.PrintWriter;

import java.util.List;
import java.util.function.Consumer;

import org.avpstudio.cli.internal.LazyCommandLine;
import org.avpstudio.core.internal.PlatformLog;
import org.avpstudio.dsl.validation.AvpResourceValidator;

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
		return run(args, out, err, problem -> {
		});
	}

	/**
	 * Runs the command line without exiting the JVM, and tells {@code internalErrors} of every internal error: an
	 * exception that reached the command's boundary, an ERROR the platform logged, a check that failed inside the
	 * tool. Each is also reported to the user (without a stack trace) and makes the command exit 2.
	 */
	public static int run(String[] args, PrintWriter out, PrintWriter err, Consumer<String> internalErrors) {
		CommandLine commandLine = LazyCommandLine.create(args); // only the sub-command this run needs
		commandLine.setOut(out);
		commandLine.setErr(err);
		commandLine.setExecutionExceptionHandler((exception, line, parseResult) -> {
			String problem = AvpResourceValidator.describe(exception);
			internalErrors.accept("exception at the command's boundary: " + problem);
			err.println("avp: internal error (" + problem + "); the command did not complete, please report this");
			return EXIT_BAD_INPUT;
		});
		commandLine.setParameterExceptionHandler((exception, parts) -> {
			err.println("avp: " + exception.getMessage());
			err.println("Run 'avp --help' for usage.");
			return EXIT_BAD_INPUT;
		});
		if (args.length > 0 && args[0].equals("lsp")) {
			return commandLine.execute(args); // a server: the editor shows its log
		}
		try (PlatformLog log = PlatformLog.capture()) {
			int exit = commandLine.execute(args);
			List<String> logged = log.errors();
			logged.forEach(problem -> internalErrors.accept("logged: " + problem));
			log.findings().forEach(problem -> internalErrors.accept("finding: " + problem));
			if (!logged.isEmpty() && exit != EXIT_BAD_INPUT) {
				logged.forEach(problem -> err.println("avp: internal error: " + problem));
				err.println("avp: the result above is not reliable; please report this");
				return EXIT_BAD_INPUT;
			}
			return exit;
		}
	}
}
