// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.util.Arrays;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Start-up: builds only the command a run needs. picocli reflects over every option, parameter and mixin of every
 * sub-command when a {@link CommandLine} is made from {@link AvpCommand}; a run of {@code avp validate} needs the
 * model of {@code validate} only. When the first argument names a sub-command (by its {@code @Command} name or an
 * alias, as listed in {@link AvpCommand}'s {@code subcommands}), the top command is wrapped without inspection and
 * that one sub-command added; anything else ({@code --help}, {@code --version}, no or an unknown command) gets the
 * full command tree, so usage and error messages are those of picocli's annotation model.
 */
public final class LazyCommandLine {

	private LazyCommandLine() {
	}

	public static CommandLine create(String[] args) {
		if (args.length > 0) {
			Command top = AvpCommand.class.getAnnotation(Command.class);
			for (Class<?> subcommand : top.subcommands()) {
				Command command = subcommand.getAnnotation(Command.class);
				if (command != null && (command.name().equals(args[0]) || Arrays.asList(command.aliases()).contains(args[0]))) {
					CommandSpec spec = CommandSpec.wrapWithoutInspection(new AvpCommand()).name(top.name());
					CommandLine line = new CommandLine(spec);
					line.addSubcommand(command.name(), new CommandLine(subcommand), command.aliases());
					return line;
				}
			}
		}
		return new CommandLine(new AvpCommand());
	}
}
