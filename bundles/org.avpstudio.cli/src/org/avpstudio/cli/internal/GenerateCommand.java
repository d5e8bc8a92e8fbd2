package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.GenerationException;
import org.avpstudio.generator.OutputDirectory;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.TargetFinding;
import org.avpstudio.generator.Targets;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import picocli.CommandLine.Command;
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

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			List<Target> targets = targets();
			ModelWorkspace workspace = new ModelWorkspace(CatalogLoader.builtIn(), ProfileLoader.builtIn(ProfileLoader.DEFAULT));
			ModelWorkspace.Validated validated = workspace.validate(model);
			if (validated.unreadable()) {
				validated.problems().stream().filter(p -> p.severity().equals("error")).forEach(p -> err.println(p.asText()));
				err.println("avp: " + model + " could not be parsed or its references resolved; nothing was generated");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			Platform platform = (Platform) validated.resource().getContents().get(0);
			PlatformScope scope = new PlatformScope(AvpValidator.platformParts(platform));
			GenerationContext context = new GenerationContext(model.getFileName().toString());
			List<GeneratedFile> files = new ArrayList<>();
			for (Target t : targets) {
				files.addAll(t.generate(scope, context));
			}
			List<Path> written = new OutputDirectory(out).write(files);
			for (TargetFinding finding : context.findings()) {
				stdout.println(location(finding) + ": warning: [" + finding.target() + "] " + finding.message());
			}
			stdout.println("wrote " + written.size() + " file(s) to " + out);
			return AvpCommandLine.EXIT_OK;
		} catch (CliException | GenerationException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private List<Target> targets() throws CliException {
		if (target.contains("all")) {
			return Targets.all();
		}
		List<Target> chosen = new java.util.ArrayList<>();
		for (String name : new java.util.LinkedHashSet<>(target)) {
			chosen.add(Targets.byName(name).orElseThrow(() -> new CliException("unknown target '" + name + "'; use "
					+ String.join(", ", Targets.all().stream().map(Target::name).toList()) + " or all")));
		}
		return chosen;
	}

	private static String location(TargetFinding finding) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(finding.element());
		String file = finding.element().eResource() == null ? "?" : finding.element().eResource().getURI().lastSegment();
		return node == null ? file : file + ":" + node.getStartLine();
	}
}
