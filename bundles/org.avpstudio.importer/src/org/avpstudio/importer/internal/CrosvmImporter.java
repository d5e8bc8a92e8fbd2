// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.importer.SourcePosition;
import org.avpstudio.model.Platform;

/**
 * crosvm {@code run} command lines: a launch script (with {@code \} continuations, other commands around it) or one
 * line. Each {@code crosvm [global options] run ...} command is one VM ({@code cargo run ... -- run ...} too, how
 * crosvm's own example scripts start it from its source tree), read by {@link CrosvmRun}. Nothing else in the script is
 * read: it is not a crosvm command.
 */
public final class CrosvmImporter implements Importer {

	/** The words of one {@code run} command: those after {@code run}, and where the command starts. */
	record RunCommand(SourcePosition at, List<ShellWords.Word> globals, List<ShellWords.Word> arguments) {
	}

	@Override
	public String id() {
		return "crosvm";
	}

	@Override
	public boolean detects(String content) {
		if (!content.contains("crosvm") || content.stripLeading().startsWith("{") || content.stripLeading().startsWith("<")) {
			return false;
		}
		try {
			return !runCommands(Path.of("detect"), content).isEmpty();
		} catch (ImportException e) {
			return false;
		}
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		// positions name the file as the report does (by its name), errors of the shell syntax too
		List<RunCommand> commands = runCommands(file.getFileName(), content);
		if (commands.isEmpty()) {
			String first = content.stripLeading();
			throw new ImportException(file.getFileName() + ":1:1: no 'crosvm ... run' command found"
					+ (first.startsWith("{") ? "; this is JSON (crosvm's input-device configurations, read by --input, are JSON), not a crosvm command line" : ""));
		}
		String stem = stem(file);
		for (int i = 0; i < commands.size(); i++) {
			new CrosvmRun(commands.get(i), commands.size() == 1 ? stem : stem + "_" + (i + 1), platform, report).read();
		}
	}

	// crosvm as the command (after exec, sudo, env or VAR=value words), or cargo run ... -- run in crosvm's tree
	static List<RunCommand> runCommands(Path file, String content) throws ImportException {
		List<RunCommand> runs = new ArrayList<>();
		for (List<ShellWords.Word> words : ShellWords.commands(file, content)) {
			int i = 0;
			while (i < words.size() && isPrefix(words.get(i).text())) {
				i++;
			}
			if (i >= words.size()) {
				continue;
			}
			String program = words.get(i).text();
			program = program.substring(program.lastIndexOf('/') + 1);
			int run = -1;
			List<ShellWords.Word> globals = new ArrayList<>();
			if (program.equals("crosvm")) {
				for (int j = i + 1; j < words.size(); j++) {
					String word = words.get(j).text();
					if (word.equals("run")) {
						run = j;
						break;
					}
					if (!word.startsWith("-")) {
						break; // another subcommand (stop, balloon, ...)
					}
					ShellWords.Word global = words.get(j);
					if (CrosvmOptions.GLOBAL_VALUED.contains(word.substring(word.startsWith("--") ? 2 : 1)) && j + 1 < words.size()) {
						// the option and its value, reported as one
						global = new ShellWords.Word(word + " " + words.get(++j).text(), global.at(), global.expands());
					}
					globals.add(global);
				}
			} else if (program.equals("cargo") && i + 1 < words.size() && words.get(i + 1).text().equals("run")) {
				for (int j = i + 2; j + 1 < words.size(); j++) {
					if (words.get(j).text().equals("--")) {
						if (words.get(j + 1).text().equals("run")) {
							run = j + 1;
						}
						break;
					}
				}
			}
			if (run >= 0) {
				runs.add(new RunCommand(words.get(i).at(), globals, words.subList(run + 1, words.size())));
			}
		}
		return runs;
	}

	private static boolean isPrefix(String word) {
		return word.equals("exec") || word.equals("sudo") || word.equals("env") || word.matches("[A-Za-z_][A-Za-z0-9_]*=.*");
	}

	private static String stem(Path file) {
		String name = file.getFileName().toString();
		return name.endsWith(".sh") ? name.substring(0, name.length() - 3) : name;
	}
}
