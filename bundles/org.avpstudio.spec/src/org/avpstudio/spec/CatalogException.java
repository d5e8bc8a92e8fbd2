// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

/** A catalog file that cannot be used, with where and how to fix it. */
public class CatalogException extends Exception {

	private static final long serialVersionUID = 1L;

	public CatalogException(String file, int line, String column, String problem, String fix) {
		super(file + ":" + line + (column.isEmpty() ? "" : " (column '" + column + "')") + ": " + problem
				+ (fix.isEmpty() ? "" : ". " + fix));
	}

	/** A message that already says where ({@code file:line:column: ...}) and how to fix it. */
	public CatalogException(String located) {
		super(located);
	}
}
