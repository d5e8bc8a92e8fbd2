// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.compare;

import org.eclipse.compare.CompareConfiguration;
import org.eclipse.compare.IViewerCreator;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.swt.widgets.Composite;

/** Makes the {@link AvpCompareViewer} for two .avp files (extension point {@code org.eclipse.compare.contentMergeViewers}). */
public class AvpCompareViewerCreator implements IViewerCreator {

	@Override
	public Viewer createViewer(Composite parent, CompareConfiguration configuration) {
		return new AvpCompareViewer(parent, configuration);
	}
}
