// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.avpstudio.cli.AvpCommandLine;
import org.avpstudio.generator.Json;
import org.avpstudio.spec.CatalogDiff;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.RequirementCatalog;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code avp catalog diff OLD NEW}: what a new version of a requirement catalog changes. */
@Command(name = "catalog", mixinStandardHelpOptions = true, subcommands = CatalogCommand.Diff.class,
		description = "Work with requirement catalogs (the built-in AVPS catalog and the CSV or ReqIF files users apply over it).")
public class CatalogCommand implements Runnable {

	/** The name that stands for the built-in catalog alone. */
	static final String BUILT_IN = "built-in";

	@Spec
	CommandSpec spec;

	@Override
	public void run() {
		spec.commandLine().usage(spec.commandLine().getOut());
	}

	@Command(name = "diff", mixinStandardHelpOptions = true,
			description = { "List the requirements added, removed and changed (level, text, section, provenance) between two catalogs.",
					"Each side is the built-in catalog with a catalog file (CSV, or ReqIF read through FILE.mapping) applied, or 'built-in'." },
			footer = { "", "Exit codes: 0 = no differences, 1 = differences listed, 2 = a catalog could not be read." })
	public static class Diff implements Callable<Integer> {

		@Spec
		CommandSpec spec;

		@Parameters(index = "0", paramLabel = "OLD", description = "the earlier catalog file, or built-in")
		String before;

		@Parameters(index = "1", paramLabel = "NEW", description = "the later catalog file, or built-in")
		String after;

		@Option(names = "--format", paramLabel = "F", defaultValue = "text", description = "text (default), md or json")
		String format;

		@Override
		public Integer call() {
			PrintWriter out = spec.commandLine().getOut();
			PrintWriter err = spec.commandLine().getErr();
			if (!List.of("text", "md", "json").contains(format)) {
				err.println("avp: '" + format + "' is no format for catalog diff; use text, md or json");
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
			try {
				RequirementCatalog old = load(before, err);
				RequirementCatalog now = load(after, err);
				CatalogDiff diff = CatalogDiff.between(old, now);
				out.print(switch (format) {
				case "md" -> markdown(diff);
				case "json" -> json(diff);
				default -> text(diff);
				});
				out.flush();
				return diff.isEmpty() ? AvpCommandLine.EXIT_OK : 1;
			} catch (CatalogException e) {
				err.println("avp: " + e.getMessage());
				return AvpCommandLine.EXIT_BAD_INPUT;
			}
		}

		private static RequirementCatalog load(String name, PrintWriter err) throws CatalogException {
			if (name.equals(BUILT_IN)) {
				return CatalogLoader.builtIn();
			}
			Path file = Path.of(name);
			if (!java.nio.file.Files.isRegularFile(file)) {
				throw new CatalogException(name, 0, "", "no such catalog file", "Give a CSV or ReqIF catalog file, or built-in");
			}
			RequirementCatalog catalog = CatalogLoader.withOverrides(List.of(file));
			catalog.notes().forEach(note -> err.println("avp: catalog: not used: " + note));
			return catalog;
		}

		static String text(CatalogDiff diff) {
			StringBuilder t = new StringBuilder();
			for (CatalogDiff.Change c : diff.changes()) {
				t.append(String.format("%-8s %s: %s%n", c.kind().label(), c.id(), c.describe()));
			}
			return t.append(summary(diff)).append(System.lineSeparator()).toString();
		}

		static String markdown(CatalogDiff diff) {
			StringBuilder md = new StringBuilder("## Catalog changes\n\n").append(summary(diff)).append("\n\n");
			if (!diff.isEmpty()) {
				md.append("| change | requirement | what |\n|---|---|---|\n");
				diff.changes().forEach(c -> md.append("| ").append(c.kind().label()).append(" | ").append(c.id()).append(" | ")
						.append(c.describe().replace("|", "\\|")).append(" |\n"));
			}
			return md.toString();
		}

		static String json(CatalogDiff diff) {
			List<String> changes = new ArrayList<>();
			for (CatalogDiff.Change c : diff.changes()) {
				List<String> fields = new ArrayList<>();
				c.fields().forEach(f -> fields.add(Json.object().put("field", f.field()).put("before", f.before()).put("after", f.after()).toString()));
				changes.add(Json.object().put("change", c.kind().label()).put("id", c.id()).put("description", c.describe())
						.put("fields", new Raw("[" + String.join(",", fields) + "]")).toString());
			}
			return Json.object().put("added", diff.count(CatalogDiff.Kind.ADDED)).put("removed", diff.count(CatalogDiff.Kind.REMOVED))
					.put("changed", diff.count(CatalogDiff.Kind.CHANGED)).put("changes", new Raw("[" + String.join(",", changes) + "]")) + "\n";
		}

		private static String summary(CatalogDiff diff) {
			return diff.count(CatalogDiff.Kind.ADDED) + " added, " + diff.count(CatalogDiff.Kind.REMOVED) + " removed, "
					+ diff.count(CatalogDiff.Kind.CHANGED) + " changed";
		}
	}

	/** Already serialized JSON. */
	private record Raw(String json) {
		@Override
		public String toString() {
			return json;
		}
	}
}
