// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.Generation;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.TargetFinding;
import org.avpstudio.generator.Targets;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp generate MODEL --target T --out DIR}: hypervisor configurations from a platform model. */
@Command(name = "generate", mixinStandardHelpOptions = true,
		description = "Generate hypervisor configurations from a .avp model. Files are written atomically below --out only.",
		footer = { "", "Targets: qemu (argument list + shell script per VM), libvirt (domain XML), xen (xl.cfg), crosvm (start script),",
				"cloud-hypervisor (start script), dts (device tree per aarch64 VM), guest-check (sh run inside the guest), all.",
				"Exit codes: 0 = generated, 2 = the model or the output directory could not be used." })
public class GenerateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .avp model")
	Path model;

	@Option(names = "--target", required = true, split = ",", paramLabel = "T",
			description = "qemu, libvirt, xen, crosvm, cloud-hypervisor, dts, guest-check or all; repeatable or comma-separated")
	List<String> target;

	@Option(names = "--out", required = true, paramLabel = "DIR", description = "output directory (created if missing)")
	Path out;

	@Mixin
	ComplianceOptions compliance;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			List<Target> targets = targets();
			PlatformModel platform = new ModelSet(compliance.settings(err)).load(model);
			if (!platform.usable()) {
				Printed.blocking(platform, "nothing was generated", err);
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			Generation.Result result = Generation.generate(platform, targets, out);
			for (TargetFinding finding : result.findings()) {
				stdout.println(location(finding) + ": warning: [" + finding.target() + "] " + finding.message());
			}
			stdout.println("wrote " + result.files().changed().size() + " file(s) to " + out
					+ (result.files().unchanged().isEmpty() ? "" : " (" + result.files().unchanged().size() + " unchanged)"));
			return AvpCommandLine.EXIT_OK;
		} catch (CliException | ModelException | SaveException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private List<Target> targets() throws CliException {
		if (target.contains("all")) {
			return Targets.all();
		}
		List<Target> chosen = new ArrayList<>();
		for (String name : new LinkedHashSet<>(target)) {
			chosen.add(Targets.byName(name).orElseThrow(() -> new CliException("unknown target '" + name + "'; use "
					+ String.join(", ", Targets.all().stream().map(Target::name).toList()) + " or all")));
		}
		return chosen;
	}

	private static String location(TargetFinding finding) {
		SourceLocation at = PlatformModel.locate(finding.element());
		String file = at.file().isEmpty() ? "?" : at.file().substring(at.file().lastIndexOf('/') + 1);
		return file + ":" + at.line();
	}
}
