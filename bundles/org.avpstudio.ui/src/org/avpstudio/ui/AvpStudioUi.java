// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui;

/** Identifiers that other bundles and tests use to find what this bundle contributes to the workbench. */
public final class AvpStudioUi {
	public static final String PLUGIN_ID = "org.avpstudio.ui";
	public static final String PERSPECTIVE_ID = "org.avpstudio.ui.perspective";
	public static final String OPEN_PERSPECTIVE_COMMAND_ID = "org.avpstudio.ui.openPerspective";

	private AvpStudioUi() {
	}
}
