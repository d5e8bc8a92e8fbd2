// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The top-level {@code avp} command: it only dispatches to sub-commands and answers --help / --version. */
@Command(name = "avp", mixinStandardHelpOptions = true, versionProvider = AvpVersion.class, subcommands = { ValidateCommand.class, GenerateCommand.class, ReportCommand.class, DiagramCommand.class, LspCommand.class, ImportCommand.class, CatalogCommand.class, DiffCommand.class, ExportCommand.class },
		description = "AVP Studio command line: validate, generate and report on Automotive Virtual Platform models.",
		footer = { "", "Exit codes: 0 = compliant / done, 1 = findings at error level, 2 = input could not be used." })
public class AvpCommand implements Runnable {

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}
}
