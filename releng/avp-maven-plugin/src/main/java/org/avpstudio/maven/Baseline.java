// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.core.ModelDiagnostic;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The findings of an earlier SARIF report (the plugin's own {@code report} goal or {@code avp report --format
 * sarif}), to tell each finding of this run {@code new} or {@code unchanged} (SARIF's {@code baselineState}) and to
 * list the baseline's findings that are gone ({@code absent}). A finding is the same when its requirement id, its
 * file's name and its message are (its line may move).
 */
final class Baseline {
	/** One result of the baseline report. */
	record Result(String ruleId, String fileName, int line, String message) {
	}

	private final Path file;
	private final List<Result> results;
	private final boolean[] matched;

	private Baseline(Path file, List<Result> results) {
		this.file = file;
		this.results = results;
		this.matched = new boolean[results.size()];
	}

	/**
	 * Reads a SARIF 2.1.0 file, or every {@code .sarif} file of a folder (the {@code target/avp} of an earlier
	 * build, one report per model); what is not SARIF is an exception with a message naming the file.
	 */
	static Baseline read(Path file) throws IOException {
		List<Result> results = new ArrayList<>();
		if (Files.isDirectory(file)) {
			try (var files = Files.list(file)) {
				for (Path sarif : files.filter(f -> f.getFileName().toString().endsWith(".sarif")).sorted().toList()) {
					readInto(sarif, results);
				}
			}
		} else if (Files.isRegularFile(file)) {
			readInto(file, results);
		} else {
			throw new IOException(file + ": no such baseline file or folder; give the SARIF report(s) of an earlier build (target/avp/*.sarif)");
		}
		return new Baseline(file, results);
	}

	private static void readInto(Path file, List<Result> results) throws IOException {
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			JsonObject root = JsonParser.parseReader(reader).getAsJsonObject();
			JsonArray runs = root.getAsJsonArray("runs");
			if (runs == null) {
				throw new IOException(file + ": not a SARIF report (no \"runs\"); give the .sarif file of an earlier build");
			}
			for (JsonElement run : runs) {
				JsonArray found = run.getAsJsonObject().getAsJsonArray("results");
				if (found == null) {
					continue;
				}
				for (JsonElement element : found) {
					JsonObject result = element.getAsJsonObject();
					String ruleId = string(result, "ruleId");
					JsonObject message = result.getAsJsonObject("message");
					String text = message == null ? "" : string(message, "text");
					String uri = "";
					int line = 0;
					JsonArray locations = result.getAsJsonArray("locations");
					if (locations != null && !locations.isEmpty()) {
						JsonObject physical = locations.get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
						if (physical != null) {
							JsonObject artifact = physical.getAsJsonObject("artifactLocation");
							uri = artifact == null ? "" : string(artifact, "uri");
							JsonObject region = physical.getAsJsonObject("region");
							line = region != null && region.has("startLine") ? region.get("startLine").getAsInt() : 0;
						}
					}
					results.add(new Result(ruleId, uri.substring(uri.lastIndexOf('/') + 1), line, text));
				}
			}
		} catch (JsonParseException | IllegalStateException | ClassCastException | UnsupportedOperationException e) {
			throw new IOException(file + ": not a SARIF report (" + e.getMessage() + "); give the .sarif file of an earlier build");
		}
	}

	private static String string(JsonObject object, String member) {
		JsonElement value = object.get(member);
		return value != null && value.isJsonPrimitive() ? value.getAsString() : "";
	}

	Path file() {
		return file;
	}

	/** {@code unchanged} when the baseline has this finding (each baseline result matches once), else {@code new}. */
	String state(ModelDiagnostic d) {
		String name = Path.of(d.file()).getFileName().toString();
		for (int i = 0; i < results.size(); i++) {
			Result r = results.get(i);
			if (!matched[i] && r.ruleId().equals(d.ruleId()) && r.fileName().equals(name) && core(r.message()).equals(core(Findings.withoutId(d)))) {
				matched[i] = true;
				return "unchanged";
			}
		}
		return "new";
	}

	/**
	 * A finding's message without what the forms add around it: the section reference the log adds ({@code
	 * " (AVPS 2.0 §2.19.1)"} or {@code " (AVP integrity 1.0 §1)"}) and the fix hint SARIF appends ({@code ". Fix: ..."}).
	 */
	static String core(String message) {
		String text = message;
		int fix = text.indexOf(". Fix: ");
		if (fix >= 0) {
			text = text.substring(0, fix);
		}
		// the citation of an AVPS requirement or of an integrity one ("AVP integrity 1.0 §1")
		return text.replaceFirst(" \\((AVPS|AVP integrity) [^()]*§[^()]*\\)$", "").strip();
	}

	/** The baseline's results no finding of this run matched: fixed, or their file was not checked. */
	List<Result> absent() {
		List<Result> absent = new ArrayList<>();
		for (int i = 0; i < results.size(); i++) {
			if (!matched[i]) {
				absent.add(results.get(i));
			}
		}
		return absent;
	}
}
