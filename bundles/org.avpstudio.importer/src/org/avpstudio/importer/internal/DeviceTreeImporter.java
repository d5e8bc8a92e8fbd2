// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.model.Platform;

/**
 * Linux device trees, source ({@code .dts}, plain or run through cpp) or flattened binary ({@code .dtb}), into the
 * platform's hardware section ({@link DeviceTreeHardware}). Detected by the DTB magic {@code 0xd00dfeed}, or by
 * text whose first token (after comments, linemarkers and includes) is {@code /dts-v1/}.
 */
public final class DeviceTreeImporter implements Importer {

	@Override
	public String id() {
		return "dts";
	}

	@Override
	public boolean detects(String content) {
		int i = 0;
		int n = content.length();
		while (i < n) {
			char c = content.charAt(i);
			if (Character.isWhitespace(c) || c == '\uFEFF') {
				i++;
			} else if (content.startsWith("//", i) || c == '#' && (i == 0 || content.charAt(i - 1) == '\n')) {
				int end = content.indexOf('\n', i);
				i = end < 0 ? n : end + 1;
			} else if (content.startsWith("/*", i)) {
				int end = content.indexOf("*/", i + 2);
				i = end < 0 ? n : end + 2;
			} else if (content.startsWith("/include/", i)) {
				int end = content.indexOf('\n', i);
				i = end < 0 ? n : end + 1;
			} else {
				return content.startsWith("/dts-v1/", i);
			}
		}
		return false;
	}

	@Override
	public boolean detects(byte[] content) {
		return DtbReader.detects(content) || Importer.super.detects(content);
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		if (content.length() > DtsParser.MAX_CHARS) {
			throw new ImportException(file + ": larger than " + DtsParser.MAX_CHARS / 1024 / 1024 + " MiB");
		}
		new DeviceTreeHardware(file, DtsParser.parse(file, content), platform, report).read();
	}

	@Override
	public void read(Path file, byte[] content, Platform platform, ImportReport report) throws ImportException {
		if (DtbReader.detects(content)) {
			new DeviceTreeHardware(file, DtbReader.read(file, content), platform, report).read();
		} else {
			Importer.super.read(file, content, platform, report);
		}
	}

	/** A blob may happen to be valid UTF-8: the bytes decide, so a DTB is never read as DTS text. */
	@Override
	public Parsed parse(Path file, byte[] content) {
		return (platform, report) -> read(file, content, platform, report);
	}
}
