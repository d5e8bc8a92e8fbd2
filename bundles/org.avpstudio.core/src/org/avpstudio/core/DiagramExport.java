// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.nio.file.Path;

import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.diagram.Diagrams;

/** The platform diagram of a usable model as SVG, laid out by ELK, with the elements that have findings marked. */
public final class DiagramExport {

	private DiagramExport() {
	}

	public static String svg(PlatformModel model) throws ModelException {
		model.requireUsable("no diagram was written");
		return Diagrams.svg(model.scope(), model.compliance());
	}

	public static FileSave.Outcome write(PlatformModel model, Path out) throws ModelException, SaveException {
		return FileSave.save(out, svg(model));
	}
}
