// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.qemu;

import java.util.List;

/** POSIX shell quoting: inside single quotes nothing is special, and a single quote is closed, escaped, reopened. */
public final class ShellQuoting {

	private ShellQuoting() {
	}

	public static String quote(String argument) {
		return "'" + argument.replace("'", "'\\''") + "'";
	}

	/**
	 * A start script: comment lines, then {@code exec COMMAND} (trusted text, not quoted) with every argument quoted,
	 * one per line, and optional trusted words at the end (e.g. {@code "$@"}).
	 */
	public static String script(List<String> comments, String command, List<String> args, String... trustedTail) {
		StringBuilder script = new StringBuilder("#!/bin/sh\n");
		comments.forEach(c -> script.append("# ").append(c.replaceAll("[\\r\\n]", " ")).append('\n'));
		script.append("exec ").append(command);
		args.forEach(a -> script.append(" \\\n  ").append(quote(a)));
		for (String word : trustedTail) {
			script.append(" \\\n  ").append(word);
		}
		return script.append('\n').toString();
	}
}
