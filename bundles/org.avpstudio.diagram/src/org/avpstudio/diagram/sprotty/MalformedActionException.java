// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

/** A message of the diagram client that is not an action the server takes; the message says why, for the sender. */
public final class MalformedActionException extends Exception {

	private static final long serialVersionUID = 1L;

	public MalformedActionException(String reason) {
		super(reason);
	}
}
