// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.avpstudio.validation.Finding;
import org.avpstudio.validation.Severity;

/**
 * The findings of an earlier SARIF report (one an earlier {@code avp report --format sarif} wrote, typically kept from
 * the target branch's last CI run), to tell which findings of today are new. Findings are matched by their
 * {@linkplain Fingerprints fingerprint} (rule id and element path, no line numbers); results of a SARIF file without
 * our fingerprints are matched by rule id and message text.
 */
public final class Baseline {

	/** A baseline file that cannot be used: missing, not JSON (with its line and column), or not a SARIF log. */
	public static final class BaselineException extends Exception {
		private static final long serialVersionUID = 1L;

		public BaselineException(String message) {
			super(message);
		}
	}

	/** One result of the baseline. */
	public record Entry(String fingerprint, String ruleId, String level, String message, String file, int line, boolean suppressed) {
	}

	/** SARIF {@code baselineState}. */
	public enum State {
		NEW, UNCHANGED, UPDATED, ABSENT;

		public String sarif() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** A finding of today with its state, or (state {@code ABSENT}, {@code finding} null) one of the baseline that is gone. */
	public record Compared(State state, Finding finding, Entry before) {
	}

	/** Today's findings against the baseline. */
	public record Comparison(List<Compared> current, List<Compared> absent, Map<Finding, Compared> byFinding) {

		public State stateOf(Finding finding) {
			Compared c = byFinding.get(finding);
			return c == null ? State.NEW : c.state();
		}

		/** Open error findings that the baseline did not have. */
		public List<Finding> newErrors() {
			return current.stream().filter(c -> c.state() == State.NEW && c.finding().isOpen() && c.finding().severity() == Severity.ERROR)
					.map(Compared::finding).toList();
		}

		public long count(State state) {
			return state == State.ABSENT ? absent.size() : current.stream().filter(c -> c.state() == state).count();
		}
	}

	private final String source;
	private final List<Entry> entries;

	private Baseline(String source, List<Entry> entries) {
		this.source = source;
		this.entries = entries;
	}

	/** A baseline with no findings: every finding is new (the first run of a branch). */
	public static Baseline empty(String source) {
		return new Baseline(source, List.of());
	}

	public String source() {
		return source;
	}

	public List<Entry> entries() {
		return entries;
	}

	public static Baseline read(Path file) throws BaselineException {
		String text;
		try {
			text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(file))).toString();
		} catch (NoSuchFileException e) {
			throw new BaselineException(file + ": no such baseline file (give the SARIF report of an earlier run)");
		} catch (CharacterCodingException e) {
			throw new BaselineException(file + ": not UTF-8 text; a SARIF baseline is the JSON file `avp report --format sarif` writes");
		} catch (IOException e) {
			throw new BaselineException(file + ": cannot be read (" + e.getMessage() + ")");
		}
		return parse(file.toString(), text);
	}

	/** Reads a SARIF 2.1.0 log; {@code source} names it in errors. */
	public static Baseline parse(String source, String text) throws BaselineException {
		Object json;
		try {
			json = JsonReader.parse(text);
		} catch (JsonReader.JsonException e) {
			throw new BaselineException(source + ":" + e.getMessage() + "; a SARIF baseline is the JSON file `avp report --format sarif` writes");
		}
		if (!(json instanceof Map<?, ?> log) || !(log.get("runs") instanceof List<?> runs)) {
			throw new BaselineException(source + ":1:1: not a SARIF log (no \"runs\" array at the top level); give the file `avp report --format sarif` wrote");
		}
		if (log.get("version") != null && !"2.1.0".equals(log.get("version"))) {
			throw new BaselineException(source + ":1:1: SARIF version " + log.get("version") + " is not supported; give a SARIF 2.1.0 log");
		}
		List<Entry> entries = new ArrayList<>();
		for (int r = 0; r < runs.size(); r++) {
			if (!(runs.get(r) instanceof Map<?, ?> run)) {
				throw new BaselineException(source + ": runs[" + r + "] is not an object; not a SARIF log");
			}
			Object results = run.get("results");
			if (results == null) {
				continue;
			}
			if (!(results instanceof List<?> list)) {
				throw new BaselineException(source + ": runs[" + r + "].results is not an array; not a SARIF log");
			}
			for (int i = 0; i < list.size(); i++) {
				String where = source + ": runs[" + r + "].results[" + i + "]";
				if (!(list.get(i) instanceof Map<?, ?> result)) {
					throw new BaselineException(where + " is not an object");
				}
				if ("absent".equals(result.get("baselineState"))) {
					continue; // already gone when that report was written
				}
				if (!(result.get("ruleId") instanceof String ruleId)) {
					throw new BaselineException(where + " has no \"ruleId\" string; was the file written by `avp report --format sarif`?");
				}
				String fingerprint = result.get("partialFingerprints") instanceof Map<?, ?> fp && fp.get(Fingerprints.KEY) instanceof String s ? s : null;
				String level = result.get("level") instanceof String s ? s : "warning";
				String message = result.get("message") instanceof Map<?, ?> m && m.get("text") instanceof String s ? s : "";
				String file = "";
				int line = 0;
				if (result.get("locations") instanceof List<?> locations && !locations.isEmpty() && locations.get(0) instanceof Map<?, ?> loc
						&& loc.get("physicalLocation") instanceof Map<?, ?> physical) {
					if (physical.get("artifactLocation") instanceof Map<?, ?> artifact && artifact.get("uri") instanceof String uri) {
						file = uri;
					}
					if (physical.get("region") instanceof Map<?, ?> region && region.get("startLine") instanceof Double d) {
						line = d.intValue();
					}
				}
				boolean suppressed = result.get("suppressions") instanceof List<?> s && !s.isEmpty();
				entries.add(new Entry(fingerprint, ruleId, level, message, file, line, suppressed));
			}
		}
		return new Baseline(source, List.copyOf(entries));
	}

	/** Each of today's findings as new, unchanged or updated, and the baseline's findings that are gone. */
	public Comparison compare(List<Finding> findings) {
		Map<Finding, String> fingerprints = Fingerprints.of(findings);
		Map<String, List<Entry>> byFingerprint = new HashMap<>();
		Map<String, List<Entry>> byRuleAndMessage = new HashMap<>();
		for (Entry e : entries) {
			if (e.fingerprint() != null) {
				byFingerprint.computeIfAbsent(e.fingerprint(), k -> new ArrayList<>()).add(e);
			} else {
				byRuleAndMessage.computeIfAbsent(e.ruleId() + "\n" + e.message(), k -> new ArrayList<>()).add(e);
			}
		}
		List<Compared> current = new ArrayList<>();
		Map<Finding, Compared> byFinding = new IdentityHashMap<>();
		List<Entry> matched = new ArrayList<>();
		for (Finding f : findings) {
			String message = SarifReport.messageText(f);
			Entry before = take(byFingerprint.get(fingerprints.get(f)));
			if (before == null) {
				before = take(byRuleAndMessage.get(f.requirementId() + "\n" + message));
			}
			State state;
			if (before == null) {
				state = State.NEW;
			} else {
				matched.add(before);
				boolean same = before.level().equals(SarifReport.level(f)) && before.message().equals(message) && before.suppressed() == !f.isOpen();
				state = same ? State.UNCHANGED : State.UPDATED;
			}
			Compared c = new Compared(state, f, before);
			current.add(c);
			byFinding.put(f, c);
		}
		List<Compared> absent = new ArrayList<>();
		for (Entry e : entries) {
			if (matched.stream().noneMatch(m -> m == e)) {
				absent.add(new Compared(State.ABSENT, null, e));
			}
		}
		return new Comparison(List.copyOf(current), List.copyOf(absent), byFinding);
	}

	private static Entry take(List<Entry> candidates) {
		return candidates == null || candidates.isEmpty() ? null : candidates.remove(0);
	}
}
