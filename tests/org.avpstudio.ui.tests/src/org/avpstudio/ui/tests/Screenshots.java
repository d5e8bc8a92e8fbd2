// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.tests;

import java.io.File;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** Saves what a person would see in a shell, so that reviewers can look at the workbench after a test run. */
public final class Screenshots {

	private Screenshots() {
	}

	public static File take(Shell shell, String name) {
		Display display = shell.getDisplay();
		Rectangle area = shell.getClientArea();
		shell.redraw(area.x, area.y, area.width, area.height, true); // repaint every child with its current state
		shell.update();
		while (display.readAndDispatch()) {
			// flush pending paints before the capture
		}
		File dir = new File(System.getProperty("avpstudio.screenshots", "target/screenshots"));
		dir.mkdirs();
		File file = new File(dir, name + ".png");
		Rectangle bounds = shell.getBounds();
		Image image = new Image(display, bounds.width, bounds.height);
		GC gc = new GC(display);
		try {
			gc.copyArea(image, bounds.x, bounds.y);
			ImageLoader loader = new ImageLoader();
			loader.data = new ImageData[] { image.getImageData() };
			loader.save(file.getPath(), SWT.IMAGE_PNG);
		} finally {
			gc.dispose();
			image.dispose();
		}
		return file;
	}
}
