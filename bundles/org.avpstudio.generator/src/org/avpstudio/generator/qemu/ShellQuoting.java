package org.avpstudio.generator.qemu;

/** POSIX shell quoting: inside single quotes nothing is special, and a single quote is closed, escaped, reopened. */
public final class ShellQuoting {

	private ShellQuoting() {
	}

	public static String quote(String argument) {
		return "'" + argument.replace("'", "'\\''") + "'";
	}
}
