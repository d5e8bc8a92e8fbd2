// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

/** A user mistake the CLI reports in one line, without a stack trace (exit code 2). */
public class CliException extends Exception {

	private static final long serialVersionUID = 1L;

	public CliException(String message) {
		super(message);
	}
}
