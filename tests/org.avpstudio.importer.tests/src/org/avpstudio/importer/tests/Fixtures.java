// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.PlatformText;
import org.junit.rules.TemporaryFolder;

/** Where the test inputs are, and the real tools the round trip runs. */
final class Fixtures {

	/** Exit code and output of one run of a tool. */
	record Run(int exit, String output) {
	}

	private Fixtures() {
	}

	static Path resource(String name) {
		return Path.of(System.getProperty("avp.resources", "resources")).toAbsolutePath().normalize().resolve(name);
	}

	/** The third-party samples in ../shared/corpus (never copied into the project); the test is skipped, with the reason printed, when absent. */
	static Path corpus(String format) {
		Path folder = Path.of(System.getProperty("avp.corpus", "../../../shared/corpus")).toAbsolutePath().normalize().resolve(format);
		if (!Files.isDirectory(folder)) {
			System.out.println(format + " corpus test skipped: no folder " + folder);
		}
		org.junit.Assume.assumeTrue(Files.isDirectory(folder));
		return folder;
	}

	/** The imported platform written as .avp into {@code folder} and loaded back; it must be usable. */
	static PlatformModel written(PlatformImport.Result imported, Path folder) throws Exception {
		Path avp = folder.resolve(imported.platform().getName() + ".avp");
		Files.writeString(avp, PlatformText.of(imported));
		PlatformModel model = new ModelSet(ComplianceSettings.defaults()).load(avp);
		assertTrue(Files.readString(avp) + model.blockingDiagnostics(), model.usable());
		return model;
	}

	/** The message with which importing {@code file} is refused (its format forced, or detected when null); fails when it is imported. */
	static String refusal(Path file, String format) {
		try {
			PlatformImport.read("car", List.of(file), format);
		} catch (ImportException e) {
			return e.getMessage();
		}
		throw new AssertionError("no error for " + file);
	}

	/** A test input written into the test's temporary folder. */
	static Path file(TemporaryFolder tmp, String name, String content) throws IOException {
		return Files.writeString(tmp.getRoot().toPath().resolve(name), content);
	}

	static Run run(List<String> command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		if (!process.waitFor(60, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(command + " did not finish within 60 s");
		}
		return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
	}
}
