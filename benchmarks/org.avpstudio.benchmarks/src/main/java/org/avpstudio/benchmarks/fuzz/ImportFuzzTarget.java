// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.core.ModelDiagnostic;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.internal.PlatformLog;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.PlatformText;
import org.avpstudio.importer.SourcePosition;

/**
 * Jazzer target for one importer (its format given as the target argument, {@code --target_args=libvirt}): the bytes
 * are a file in that format, read by {@link PlatformImport}. The verdict is judged, not only the absence of a crash:
 * <ul>
 * <li>the input is either refused with an {@link ImportException} whose message names the file, with a line inside
 * the input where it gives one, and no Java class name, or read into a platform;</li>
 * <li>a platform read is written as .avp text that loads without syntax, reference or internal errors, and every
 * place the report cites is inside the input;</li>
 * <li>no other exception escapes, and nothing is logged at ERROR.</li>
 * </ul>
 */
public final class ImportFuzzTarget {

	/** {@code file:LINE:COLUMN:} at the start of a message. */
	private static final Pattern POSITION = Pattern.compile("^" + Pattern.quote(ImportFuzzTarget.INPUT) + ":(\\d+):(\\d+): .+", Pattern.DOTALL);
	private static final Pattern CLASS_NAME = Pattern.compile("\\b(java|javax|org|com)\\.[a-z]+(\\.[a-zA-Z]+)*\\.[A-Z]\\w*(Exception|Error)\\b");
	static final String INPUT = "fuzz-input";
	/** A cpp linemarker ({@code # 12 "board.dtsi"}): the lines after it are numbered as it says, not as they stand. */
	private static final Pattern LINEMARKER = Pattern.compile("(?m)^[ \\t]*#[ \\t]*\\d+");

	private static String format;
	private static Path scratch;

	private ImportFuzzTarget() {
	}

	/** Jazzer passes {@code --target_args}: the importer's id. */
	public static void fuzzerInitialize(String[] args) throws Exception {
		format = args.length > 0 ? args[0] : "libvirt";
		scratch = Files.createTempDirectory("avp-fuzz-import-" + format);
		// the language's injector and the first load are made here, not in the first input's time limit
		Path warm = Files.writeString(scratch.resolve("warm.avp"), "platform warm {\n}\n");
		new ModelSet(ComplianceSettings.defaults()).load(warm);
	}

	/** For the regression test: one input through the importer of {@code id}. */
	public static void check(String id, byte[] input) throws Exception {
		if (!id.equals(format)) {
			fuzzerInitialize(new String[] { id });
		}
		fuzzerTestOneInput(input);
	}

	public static void fuzzerTestOneInput(byte[] input) throws Exception {
		if (format == null) {
			fuzzerInitialize(new String[0]);
		}
		Path file = scratch.resolve(INPUT);
		Files.write(file, input);
		// where the input renumbers its lines, a cited line may lie past its end (never before line 1)
		int lines = LINEMARKER.matcher(new String(input, java.nio.charset.StandardCharsets.ISO_8859_1)).find() ? Integer.MAX_VALUE : lines(input);
		try (PlatformLog log = PlatformLog.capture()) {
			PlatformImport.Result result;
			try {
				result = PlatformImport.read("fuzzed", List.of(file), format);
			} catch (ImportException refused) {
				judgeRefusal(refused.getMessage(), file, lines, new String(input, java.nio.charset.StandardCharsets.ISO_8859_1));
				assertNothingLogged(log, "refusing the input");
				return;
			}
			judgeReport(result.report(), lines);
			Path avp = scratch.resolve("fuzzed.avp");
			Files.writeString(avp, PlatformText.of(result));
			PlatformModel model = new ModelSet(ComplianceSettings.defaults()).load(avp);
			for (ModelDiagnostic d : model.diagnostics()) {
				if (d.kind() == ModelDiagnostic.Kind.INTERNAL) {
					throw new IllegalStateException("an internal error loading the imported model: " + d);
				}
			}
			if (!model.usable()) {
				throw new IllegalStateException("the imported model does not load: " + model.blockingDiagnostics() + "\n" + Files.readString(avp));
			}
			assertNothingLogged(log, "importing and loading");
		}
	}

	private static void judgeRefusal(String message, Path file, int lines, String input) {
		if (message == null || !(message.startsWith(INPUT) || message.startsWith(file.toString()))) {
			throw new IllegalStateException("a refusal that does not name the file: " + message);
		}
		Matcher className = CLASS_NAME.matcher(message);
		while (className.find()) {
			// a message may quote the input, which may hold anything; a class name the input does not hold is the tool's
			if (!input.contains(className.group())) {
				throw new IllegalStateException("a refusal that shows a Java class instead of saying what is wrong: " + message);
			}
		}
		Matcher at = POSITION.matcher(message);
		if (at.matches() && (Integer.parseInt(at.group(1)) < 1 || Integer.parseInt(at.group(1)) > lines || Integer.parseInt(at.group(2)) < 1)) {
			throw new IllegalStateException("a refusal at a place outside the input (" + lines + " lines): " + message);
		}
	}

	private static void judgeReport(ImportReport report, int lines) {
		for (ImportReport.Mapped mapped : report.mapped()) {
			inside(mapped.at(), lines, "mapped " + mapped.what());
		}
		for (ImportReport.LeftOut left : report.leftOut()) {
			inside(left.at(), lines, "left out " + left);
			if (left.why() == null || left.why().isBlank() || left.what() == null || left.what().isBlank()) {
				throw new IllegalStateException("a left-out part that does not say what it is and why: " + left);
			}
		}
	}

	private static void inside(SourcePosition at, int lines, String what) {
		if (at == null || at.line() < 1 || at.line() > lines || at.column() < 1) {
			throw new IllegalStateException(what + " cites a place outside the input (" + lines + " lines): " + at);
		}
	}

	/** Lines as an editor counts them: every LF, CR LF or lone CR ends one. */
	private static int lines(byte[] input) {
		int lines = 1;
		for (int i = 0; i < input.length; i++) {
			if (input[i] == '\n' || input[i] == '\r' && (i + 1 == input.length || input[i + 1] != '\n')) {
				lines++;
			}
		}
		return lines;
	}

	private static void assertNothingLogged(PlatformLog log, String what) {
		if (!log.errors().isEmpty()) {
			throw new IllegalStateException(what + " logged " + log.errors().size() + " error(s): " + log.errors());
		}
	}
}
