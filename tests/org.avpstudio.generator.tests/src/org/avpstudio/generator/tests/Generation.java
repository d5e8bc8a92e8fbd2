// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.avpstudio.dsl.AvpStandaloneSetup;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.model.Platform;
import org.avpstudio.validation.PlatformScope;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

import com.google.inject.Injector;

/** Generates from example models and runs the real consumers of the output. */
final class Generation {

	private static final Injector INJECTOR = AvpStandaloneSetup.doSetup();

	private Generation() {
	}

	static Path example(String relative) {
		return Path.of(System.getProperty("avp.examples", "../../examples")).toAbsolutePath().normalize().resolve(relative);
	}

	static PlatformScope load(Path model) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(model.toString()), true);
		EcoreUtil.resolveAll(resource);
		return new PlatformScope(AvpValidator.platformParts((Platform) resource.getContents().get(0)));
	}

	static GeneratedFile generate(Target target, PlatformScope platform, String path) {
		return target.generate(platform, new GenerationContext("test.avp")).stream().filter(f -> f.relativePath().equals(path))
				.findFirst().orElseThrow(() -> new AssertionError(target.name() + " generated no " + path));
	}

	static Path write(Path dir, GeneratedFile file) throws IOException {
		Path target = dir.resolve(file.relativePath().replace('/', '_'));
		Files.writeString(target, file.content());
		return target;
	}

	/** Exit code, stdout and stderr of a finished command. */
	record Run(int exit, String out, String err) {
	}

	static Run run(List<String> command, int timeoutSeconds) throws Exception {
		Path out = Files.createTempFile("avp-out", ".txt");
		Path err = Files.createTempFile("avp-err", ".txt");
		Process process = new ProcessBuilder(new ArrayList<>(command)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
		if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError("timed out: " + command);
		}
		return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
	}
}
