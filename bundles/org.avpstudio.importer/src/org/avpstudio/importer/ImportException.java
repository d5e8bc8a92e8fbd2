// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer;

/** An input that cannot be read or parsed; the message names the file (line and column where known) and what is wrong. */
public class ImportException extends Exception {

	private static final long serialVersionUID = 1L;

	public ImportException(String message) {
		super(message);
	}
}
