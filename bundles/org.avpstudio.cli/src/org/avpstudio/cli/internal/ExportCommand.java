// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.importer.arxml.ArxmlExport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp export PLATFORM.avp --format arxml --out FILE.arxml [--autosar R24-11] [--schema XSD]}: the platform in a format other tools read. */
@Command(name = "export", mixinStandardHelpOptions = true,
		description = "Export a platform model for other tools: --format arxml writes an AUTOSAR Adaptive machine manifest (machines, machine designs, processors and cores, resource groups, Ethernet clusters, hardware elements).",
		footer = { "", "What the format has no element for is listed, not written. No AUTOSAR schema is shipped or downloaded: --schema validates the export against your own XSD before it is written.",
				"Exit codes: 0 = written, 1 = the export is invalid against --schema (nothing written), 2 = the model or an argument could not be used." })
public class ExportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "PLATFORM.avp", description = "the platform model")
	Path model;

	@Option(names = "--format", required = true, paramLabel = "FORMAT", description = "the output format: arxml")
	String format;

	@Option(names = "--out", required = true, paramLabel = "FILE", description = "the file to write")
	Path out;

	@Option(names = "--autosar", paramLabel = "RELEASE", description = "the AUTOSAR release for arxml: R20-11, R21-11, R22-11, R24-11 (default: the newest, R24-11)")
	String autosar;

	@Option(names = "--schema", paramLabel = "XSD", description = "an AUTOSAR XML schema (AUTOSAR_000NN.xsd) to validate the export against before it is written")
	Path schema;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		if (!format.equals("arxml")) {
			err.println("avp: unknown export format '" + format + "'; known: arxml");
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
		ArxmlExport.Release release = autosar == null ? ArxmlExport.Release.NEWEST : ArxmlExport.Release.of(autosar);
		if (release == null) {
			err.println("avp: unknown AUTOSAR release '" + autosar + "'; known: R20-11, R21-11, R22-11, R24-11");
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
		if (schema != null && !Files.isRegularFile(schema)) {
			err.println("avp: " + schema + ": no such schema file");
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
		try {
			FileSave.checkSavable(out);
			PlatformModel loaded = ModelSet.withDefaults().load(model);
			if (!loaded.usable()) {
				Printed.blocking(loaded, "nothing exported", err);
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			ArxmlExport.Result result = ArxmlExport.write(loaded.platform(), release);
			result.notWritten().forEach(part -> stdout.println(model + ": not written: " + part));
			if (schema != null) {
				List<String> problems = ArxmlExport.validate(result.text(), out.toString(), schema);
				if (!problems.isEmpty()) {
					problems.forEach(err::println);
					err.println("avp: the export is not valid against " + schema + " (" + problems.size() + " problem(s)); " + out + " not written");
					return AvpCommandLine.EXIT_FINDINGS;
				}
				stdout.println("valid against " + schema);
			}
			FileSave.save(out, result.text());
			stdout.println("wrote " + out + " (AUTOSAR " + release.id() + ", " + loaded.platform().getVirtualMachines().size() + " machine(s), "
					+ result.notWritten().size() + " part(s) not written)");
			return AvpCommandLine.EXIT_OK;
		} catch (ModelException | SaveException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		} catch (IOException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}
}
