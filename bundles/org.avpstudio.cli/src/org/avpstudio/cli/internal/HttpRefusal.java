// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

/** A request the diagram server refuses: the HTTP status and the reason, told to the client as plain text. */
final class HttpRefusal extends Exception {

	private static final long serialVersionUID = 1L;

	private final int status;

	HttpRefusal(int status, String reason) {
		super(reason);
		this.status = status;
	}

	int status() {
		return status;
	}
}
