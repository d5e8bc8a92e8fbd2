// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.core.io.OutputDirectory;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.TargetFinding;

/** Generates hypervisor configurations from a usable model into an output directory. */
public final class Generation {

	/** What a generation wrote, and what of the model the targets could not express. */
	public record Result(OutputDirectory.Written files, List<TargetFinding> findings) {
	}

	private Generation() {
	}

	/** Generates every target in memory first, then writes all files (see {@link OutputDirectory}). */
	public static Result generate(PlatformModel model, List<Target> targets, Path out) throws ModelException, SaveException {
		model.requireUsable("nothing was generated");
		GenerationContext context = new GenerationContext(model.file().getFileName().toString());
		List<GeneratedFile> files = new ArrayList<>();
		for (Target target : targets) {
			files.addAll(target.generate(model.scope(), context));
		}
		return new Result(new OutputDirectory(out).write(files), context.findings());
	}
}
