// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.ModelDiff;
import org.avpstudio.core.ModelException;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code avp diff OLD.avp NEW.avp}: the semantic change between two versions of a model and its compliance delta;
 * {@code avp diff --textconv FILE}: the model as canonical text for git's line diff.
 */
@Command(name = "diff", mixinStandardHelpOptions = true,
		description = { "Compare two versions of a platform model: elements (hardware, VMs, devices, channels, waivers, ...) added, removed,",
				"changed (attribute: old -> new) or moved to another VM, and the findings the change introduces and fixes.",
				"As a git difftool: git difftool -x 'bin/avp diff' -- FILE.avp. As a textconv diff driver: avp diff --textconv FILE." },
		footer = { "", "Exit codes: 0 = done (changed or not; --exit-code: 0 = no semantic change, 1 = changes), 2 = a file could not be read." })
public class DiffCommand implements Callable<Integer> {

	enum Format {
		text, md, json
	}

	@Spec
	CommandSpec spec;

	@Parameters(arity = "1..2", paramLabel = "FILE", description = "OLD.avp NEW.avp (one FILE with --textconv)")
	List<Path> files;

	@Option(names = "--format", defaultValue = "text", description = "text (default), md (merge-request comment) or json")
	Format format;

	@Option(names = "--textconv", description = "print FILE as canonical text, one line per element and attribute (git's textconv)")
	boolean textconv;

	@Option(names = "--exit-code", description = "exit 1 when the models differ (semantically or in their findings), as git diff --exit-code")
	boolean exitCode;

	@Mixin
	ComplianceOptions compliance;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			if (textconv) {
				if (files.size() != 1) {
					throw new CliException("--textconv takes one FILE (git passes the file to convert)");
				}
				out.print(ModelDiff.canonicalText(files.get(0)));
				out.flush();
				return AvpCommandLine.EXIT_OK;
			}
			if (files.size() != 2) {
				throw new CliException("give two files: avp diff OLD.avp NEW.avp");
			}
			ModelDiff.Result result = ModelDiff.compare(files.get(0), files.get(1), compliance.settings());
			out.print(switch (format) {
			case text -> ModelDiff.text(result);
			case md -> ModelDiff.markdown(result);
			case json -> ModelDiff.json(result);
			});
			out.flush();
			return exitCode && !result.isEmpty() ? AvpCommandLine.EXIT_FINDINGS : AvpCommandLine.EXIT_OK;
		} catch (CliException | ModelException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}
}
