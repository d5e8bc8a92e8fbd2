package org.avpstudio.ui.commands;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.ui.preferences.ComplianceProfilePreference;

/**
 * Runs the {@code avp} command line in the workbench's JVM, so that Eclipse writes exactly what CI writes.
 * The command line sets the language's compliance profile for its run; the workbench's own is restored after.
 */
public final class AvpCli {

	/** What a run printed, and its exit code (0 done, 1 findings at error level, 2 unusable input). */
	public record Result(int exitCode, String out, String err) {
		public boolean usable() {
			return exitCode != AvpCommandLine.EXIT_BAD_INPUT;
		}

		/** The first lines of the error output, for a message to the user. */
		public String problem() {
			String text = err.isBlank() ? out : err;
			return text.lines().limit(8).reduce((a, b) -> a + "\n" + b).orElse("exit code " + exitCode);
		}
	}

	private AvpCli() {
	}

	public static synchronized Result run(List<String> args) {
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		try (PrintWriter o = new PrintWriter(out); PrintWriter e = new PrintWriter(err)) {
			int code = AvpCommandLine.run(args.toArray(String[]::new), o, e);
			o.flush();
			e.flush();
			return new Result(code, out.toString(), err.toString());
		} finally {
			ComplianceProfilePreference.reapply();
		}
	}
}
