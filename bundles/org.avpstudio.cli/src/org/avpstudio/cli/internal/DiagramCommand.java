// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.DiagramExport;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

	@Mixin
	ComplianceOptions compliance;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		try {
			ComplianceSettings settings = compliance.settings(err);
			if (serve) {
				return serve(settings);
			}
			if (out == null) {
				throw new CliException("give --out FILE.svg, or --serve to edit the diagram in a browser");
			}
			PlatformModel platform = new ModelSet(settings).load(model);
			if (!platform.usable()) {
				Printed.blocking(platform, "no diagram was written", err);
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			DiagramExport.write(platform, out);
			spec.commandLine().getOut().println("wrote the diagram of " + model.getFileName() + " (" + platform.scope().vms().size() + " VMs, "
					+ platform.scope().devices().size() + " devices) to " + out);
			return AvpCommandLine.EXIT_OK;
		} catch (CliException | ModelException | SaveException | CatalogException | ProfileException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}

	private int serve(ComplianceSettings settings) throws CliException {
		try {
			DiagramServer server = new DiagramServer(model, settings, port);
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
