package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.diagram.Diagrams;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Profile;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp diagram MODEL --out FILE.svg}: the platform diagram (laid out with ELK), with the findings marked. */
@Command(name = "diagram", mixinStandardHelpOptions = true,
		description = { "Draw the platform as an SVG diagram: hardware, hypervisor, VMs (criticality, devices), networks, driver VMs,",
				"vsock channels and shared memory, laid out automatically; elements with compliance findings are marked." },
		footer = { "", "Exit codes: 0 = written, 2 = the model or the output could not be used." })
public class DiagramCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "MODEL", description = "the .avp model")
	Path model;

	@Option(names = "--out", paramLabel = "FILE", description = "the SVG file (replaced atomically)")
	Path out;

	@Option(names = "--serve", description = "serve the diagram with an editing palette on http://127.0.0.1:PORT/ until stopped (Ctrl+C); edits are saved to MODEL")
	boolean serve;

	@Option(names = "--port", defaultValue = "8765", description = "port for --serve (0: any free port); default ${DEFAULT-VALUE}")
	int port;

	@Option(names = "--profile", defaultValue = ProfileLoader.DEFAULT, description = "avps-2.0 (default), avps-2.0-strict, or a profile file")
	String profile;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			Profile activeProfile = ProfileLoader.load(profile);
			if (serve) {
				return serve(activeProfile);
			}
			if (out == null) {
				throw new CliException("give --out FILE.svg, or --serve to edit the diagram in a browser");
			}
			ModelWorkspace workspace = new ModelWorkspace(CatalogLoader.builtIn(), activeProfile);
			ModelWorkspace.Validated validated = workspace.validate(model);
			if (validated.unreadable()) {
				validated.problems().stream().filter(p -> p.severity().equals("error")).forEach(p -> err.println(p.asText()));
				err.println("avp: " + model + " could not be parsed or its references resolved; no diagram was written");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			PlatformScope scope = new PlatformScope(AvpValidator.platformParts((Platform) validated.resource().getContents().get(0)));
			String svg = Diagrams.svg(scope, new ComplianceEngine(CatalogLoader.builtIn(), activeProfile).validate(scope.parts()));
			AtomicFile.write(out, svg, "diagram");
			spec.commandLine().getOut().println("wrote the diagram of " + model.getFileName() + " (" + scope.vms().size() + " VMs, "
					+ scope.devices().size() + " devices) to " + out);
			return AvpCommandLine.EXIT_OK;
		} catch (CliException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private int serve(Profile activeProfile) throws CliException {
		try {
			DiagramServer server = new DiagramServer(model, activeProfile, port);
			spec.commandLine().getOut().println("serving the diagram of " + model.getFileName() + " on http://127.0.0.1:" + server.port()
					+ "/ (edits are saved to " + model + "; Ctrl+C stops)");
			spec.commandLine().getOut().flush();
			server.serve();
			return AvpCommandLine.EXIT_OK;
		} catch (java.io.IOException e) {
			throw new CliException("cannot serve on port " + port + " (" + e.getMessage() + "); choose another with --port");
		}
	}
}
