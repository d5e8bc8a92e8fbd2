// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core.io;

/** A file could not be saved; the message names the file, the reason and what to do. The file is unchanged. */
public final class SaveException extends Exception {

	private static final long serialVersionUID = 1L;

	public SaveException(String message) {
		super(message);
	}
}
