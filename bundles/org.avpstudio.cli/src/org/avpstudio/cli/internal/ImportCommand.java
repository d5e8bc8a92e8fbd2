// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.PlatformText;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp import FILE... --out PLATFORM.avp [--from FORMAT] [--hardware BOARD.dts]}: a platform model from configurations users already run. */
@Command(name = "import", mixinStandardHelpOptions = true,
		description = "Import hypervisor configurations into one .avp platform model; print what was mapped and what was left out.",
		footer = { "", "Formats: libvirt (domain XML, one VM per <domain>), xen (xl.cfg, one VM per file), qemu (a -readconfig file, or QEMU command lines: a libvirt .args file or a start script, one VM per qemu-system-* command), cloud-hypervisor (VmConfig JSON of vm.create, one VM per file), crosvm (crosvm run command lines, one VM per command), dts (a board's Linux device tree, .dts or .dtb: the hardware section), arxml (AUTOSAR R4.x ARXML: machines, machine designs, Ethernet clusters, hardware elements; references resolved across the files). The format is detected from the content unless --from is given.",
				"Exit codes: 0 = everything mapped, 1 = parts left out (listed), 2 = an input could not be read or parsed." })
public class ImportCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(arity = "0..*", paramLabel = "FILE", description = "configuration files to import")
	List<Path> files;

	@Option(names = "--out", required = true, paramLabel = "PLATFORM.avp", description = "the .avp model to write")
	Path out;

	@Option(names = "--from", paramLabel = "FORMAT", description = "the input format (libvirt, qemu, xen, cloud-hypervisor, crosvm, dts, arxml); detected when absent")
	String from;

	@Option(names = "--hardware", paramLabel = "BOARD.dts", description = "the board's device tree (.dts or .dtb), read first into the hardware section so that vCPU pinning lands on its cores")
	Path hardware;

	@Override
	public Integer call() {
		PrintWriter stdout = spec.commandLine().getOut();
		PrintWriter err = spec.commandLine().getErr();
		try {
			String name = out.getFileName().toString().replaceFirst("\\.avp$", "");
			if ((files == null || files.isEmpty()) && hardware == null) {
				err.println("avp: nothing to import: give FILE... or --hardware BOARD.dts");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			PlatformImport.Result imported = PlatformImport.read(name, files == null ? List.of() : files, from, hardware);
			ImportReport report = imported.report();
			report.mapped().forEach(m -> stdout.println(m.at() + ": mapped: " + m.what()));
			report.renamed().forEach(stdout::println);
			report.leftOut().forEach(l -> stdout.println(l.at() + ": left out: " + l.what() + ": " + l.why()));
			FileSave.save(out, PlatformText.of(imported));
			stdout.println("wrote " + out + " (" + imported.platform().getVirtualMachines().size() + " VM(s), "
					+ report.leftOut().size() + " part(s) left out)");
			return report.complete() ? AvpCommandLine.EXIT_OK : AvpCommandLine.EXIT_FINDINGS;
		} catch (ImportException | SaveException e) {
			err.println("avp: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		} catch (IOException e) {
			err.println("avp: " + out + ": cannot be written: " + e.getMessage());
			return AvpCommandLine.EXIT_BAD_INPUT;
		}
	}
}
