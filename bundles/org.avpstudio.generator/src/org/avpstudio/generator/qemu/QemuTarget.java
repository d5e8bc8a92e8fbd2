package org.avpstudio.generator.qemu;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.PlatformScope;

/**
 * QEMU: per VM an argument list ({@code qemu/<vm>.args}, one argument per line, for tools), a POSIX shell
 * script ({@code qemu/<vm>.sh}) that runs it with every argument single-quoted, and the same configuration as a
 * {@code -readconfig} file ({@code qemu/<vm>.cfg}). The accelerator is chosen at
 * start ({@code QEMU_ACCEL}, default kvm).
 */
public class QemuTarget implements Target {

	@Override
	public String name() {
		return QemuCommand.TARGET;
	}

	@Override
	public List<GeneratedFile> generate(PlatformScope platform, GenerationContext context) {
		Architecture architecture = platform.hardware().map(h -> h.getArchitecture()).orElse(Architecture.X86_64);
		List<GeneratedFile> files = new ArrayList<>();
		for (VirtualMachine vm : platform.vms()) {
			QemuCommand command = new QemuCommand(vm, architecture, context);
			List<String> args = command.build();
			String stem = "qemu/" + Names.fileStem(vm);
			StringBuilder list = new StringBuilder("# ").append(context.header()).append('\n')
					.append("# ").append(command.binary()).append(": one argument per line\n");
			args.forEach(a -> list.append(a).append('\n'));
			files.add(new GeneratedFile(stem + ".args", list.toString()));
			StringBuilder script = new StringBuilder("#!/bin/sh\n# ").append(context.header()).append('\n')
					.append("# Starts VM '").append(vm.getName().replaceAll("[\\r\\n]", " ")).append("'. QEMU_ACCEL=tcg runs it without KVM.\n")
					.append("exec ").append(command.binary()).append(" -accel \"${QEMU_ACCEL:-kvm}\"");
			args.forEach(a -> script.append(" \\\n  ").append(ShellQuoting.quote(a)));
			script.append(" \\\n  \"$@\"\n");
			files.add(new GeneratedFile(stem + ".sh", script.toString()));
			files.add(new GeneratedFile(stem + ".cfg", new QemuReadConfig(vm, context).render(command.binary(), command.options())));
		}
		return files;
	}
}
