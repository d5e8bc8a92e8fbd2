// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

/** A profile that cannot be used; the message says where and how to fix it. */
public class ProfileException extends Exception {

	private static final long serialVersionUID = 1L;

	public ProfileException(String message) {
		super(message);
	}
}
