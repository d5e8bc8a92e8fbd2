// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.cli.AvpCommandLine;

/**
 * The training run of the JDK's ahead-of-time cache ({@code releng/org.avpstudio.cli.dist/aot-cache.sh}): runs the
 * commands users run most in one JVM, so that the classes each of them loads and links are in the cache: validate
 * (compliant and not, text and JSON), generate every target, report in each format, draw the diagram.
 * {@code java ... AotTraining EXAMPLES_DIR WORK_DIR}; exit 1 if a command did not give the exit code expected of it
 * (a training run that fails would train the error path).
 */
public final class AotTraining {

	private AotTraining() {
	}

	public static void main(String[] args) {
		Path examples = Path.of(args[0]);
		Path work = Path.of(args[1]);
		String compliant = examples.resolve("cockpit/cockpit.avp").toString();
		String gaps = examples.resolve("noncompliant/cockpit-gaps.avp").toString();
		String devbox = examples.resolve("devbox/devbox.avp").toString();
		List<String> failed = new ArrayList<>();
		run(failed, 0, "validate", compliant);
		run(failed, 1, "validate", gaps);
		run(failed, 0, "validate", "--format", "json", devbox);
		run(failed, 0, "generate", compliant, "--target", "all", "--out", work.resolve("generated").toString());
		for (String format : List.of("html", "md", "sarif", "junit")) {
			run(failed, 0, "report", gaps, "--format", format, "--out", work.resolve("report." + format).toString());
		}
		run(failed, 0, "diagram", compliant, "--out", work.resolve("cockpit.svg").toString());
		run(failed, 0, "--help");
		if (!failed.isEmpty()) {
			failed.forEach(System.err::println);
			System.exit(1);
		}
	}

	private static void run(List<String> failed, int expected, String... args) {
		StringWriter text = new StringWriter();
		PrintWriter writer = new PrintWriter(text);
		int exit = AvpCommandLine.run(args, writer, writer);
		if (exit != expected) {
			failed.add("aot training: avp " + String.join(" ", args) + " exited " + exit + " (expected " + expected + "):\n" + text);
		}
	}
}
