// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The repository's example models, copied into a project folder of a test so that it may change them. */
final class Fixtures {
	private Fixtures() {
	}

	static Path root() {
		return Path.of(System.getProperty("avp.root", "../..")).toAbsolutePath().normalize();
	}

	/** Copies {@code examples/<folder>/*.avp} into {@code project/src/main/avp} (the plugin's default models folder). */
	static Path project(Path project, String folder) throws IOException {
		Path models = Files.createDirectories(project.resolve("src/main/avp"));
		try (var files = Files.list(root().resolve("examples").resolve(folder))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".avp")).toList()) {
				Files.copy(file, models.resolve(file.getFileName()));
			}
		}
		return models;
	}

	static <M extends AbstractAvpMojo> M configure(M mojo, Path project, RecordingLog log) {
		mojo.basedir = project.toFile();
		mojo.models = List.of();
		mojo.catalogs = List.of();
		mojo.profile = "avps-2.0";
		mojo.outputDirectory = new File(project.toFile(), "target/avp");
		mojo.setLog(log);
		return mojo;
	}
}
