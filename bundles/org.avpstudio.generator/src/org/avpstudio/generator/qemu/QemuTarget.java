// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.qemu;

import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.PerVmTarget;
import org.avpstudio.generator.internal.Names;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.VirtualMachine;

/**
 * QEMU: per VM an argument list ({@code qemu/<vm>.args}, one argument per line, for tools), a POSIX shell
 * script ({@code qemu/<vm>.sh}) that runs it with every argument single-quoted, and the same configuration as a
 * {@code -readconfig} file ({@code qemu/<vm>.cfg}). The accelerator is chosen at
 * start ({@code QEMU_ACCEL}, default kvm).
 */
public class QemuTarget extends PerVmTarget {

	@Override
	public String name() {
		return QemuCommand.TARGET;
	}

	@Override
	protected List<GeneratedFile> generate(VirtualMachine vm, Architecture architecture, GenerationContext context) {
		QemuCommand command = new QemuCommand(vm, architecture, context);
		List<String> args = command.build();
		String stem = "qemu/" + Names.fileStem(vm);
		StringBuilder list = new StringBuilder("# ").append(context.header()).append('\n')
				.append("# ").append(command.binary()).append(": one argument per line\n");
		args.forEach(a -> list.append(a).append('\n'));
		String comment = "Starts VM '" + vm.getName() + "'. QEMU_ACCEL=tcg runs it without KVM.";
		String script = ShellQuoting.script(List.of(context.header(), comment), command.binary() + " -accel \"${QEMU_ACCEL:-kvm}\"",
				args, "\"$@\"");
		return List.of(new GeneratedFile(stem + ".args", list.toString()), new GeneratedFile(stem + ".sh", script),
				new GeneratedFile(stem + ".cfg", new QemuReadConfig(vm, context).render(command.binary(), command.options())));
	}
}
