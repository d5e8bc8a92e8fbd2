// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.importing;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;

/**
 * What the user asked to import: {@code inputs} (files, or folders whose files in a known format are taken), the
 * board's description ({@code hardware}, e.g. a .dts or .dtb read first into the platform's hardware section; null
 * for none; with it, {@code inputs} may be empty), the format of the inputs ({@code null}: detected per file), and the
 * .avp file to write ({@code fileName} in {@code project}).
 */
public record ImportRequest(List<Path> inputs, Path hardware, String format, IProject project, String fileName) {

	public ImportRequest {
		inputs = List.copyOf(inputs);
	}

	/** The platform's name: the file name without {@code .avp} (the import makes it a valid .avp name and says so). */
	public String platformName() {
		return fileName.endsWith(".avp") ? fileName.substring(0, fileName.length() - ".avp".length()) : fileName;
	}

	public IFile file() {
		return project.getFile(fileName);
	}
}
