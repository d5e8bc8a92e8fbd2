// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

/** A model file that cannot be used at all (missing, unreadable, not an .avp file). The message says which and why. */
public final class ModelException extends Exception {

	private static final long serialVersionUID = 1L;

	public ModelException(String message) {
		super(message);
	}
}
