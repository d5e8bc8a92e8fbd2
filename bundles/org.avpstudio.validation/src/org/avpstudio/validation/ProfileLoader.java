// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.spec.RequirementLevel;

/**
 * Reads compliance profiles: the built-in {@code avps-2.0} and {@code avps-2.0-strict}, or a user file in the
 * same format ({@code key = value} lines, {@code #} comments):
 * <pre>
 * name = my-oem-profile
 * extends = avps-2.0
 * level.SHOULD = error
 * rule.AVPS-2.0-WDT-2 = off
 * </pre>
 */
public final class ProfileLoader {

	public static final List<String> BUILT_IN = List.of("avps-2.0", "avps-2.0-strict");
	public static final String DEFAULT = "avps-2.0";

	private ProfileLoader() {
	}

	/** A built-in profile by name, or a profile file by path. */
	public static Profile load(String nameOrPath) throws ProfileException {
		if (BUILT_IN.contains(nameOrPath)) {
			return builtIn(nameOrPath);
		}
		Path file = Path.of(nameOrPath);
		if (!Files.isRegularFile(file)) {
			throw new ProfileException(nameOrPath + ": no such profile. Use " + String.join(" or ", BUILT_IN)
					+ ", or the path of a profile file");
		}
		try {
			return parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new ProfileException(file + ": cannot read the profile (" + e.getMessage() + ")");
		}
	}

	public static Profile builtIn(String name) {
		try (InputStream in = ProfileLoader.class.getResourceAsStream("/profiles/" + name + ".profile")) {
			if (in == null) {
				throw new IllegalStateException("built-in profile " + name + " is missing from the bundle");
			}
			return parse(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
		} catch (IOException | ProfileException e) {
			throw new IllegalStateException("built-in profile " + name + " is broken: " + e.getMessage(), e);
		}
	}

	static Profile parse(String source, String text) throws ProfileException {
		String name = source;
		Map<RequirementLevel, Severity> byLevel = new EnumMap<>(RequirementLevel.class);
		Map<String, Severity> byRule = new LinkedHashMap<>();
		boolean stricter = false;
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i].strip();
			if (line.isEmpty() || line.startsWith("#")) {
				continue;
			}
			int eq = line.indexOf('=');
			if (eq < 0) {
				throw new ProfileException(source + ":" + (i + 1) + ": expected 'key = value', found '" + line
						+ "'. Keys are name, extends, level.<MUST|SHOULD|MAY> and rule.<requirement id>");
			}
			String key = line.substring(0, eq).strip();
			String value = line.substring(eq + 1).strip();
			try {
				if (key.equals("name")) {
					name = value;
				} else if (key.equals("extends")) {
					Profile base = load(value);
					byLevel.putAll(base.byLevel());
					byRule.putAll(base.byRuleId());
					stricter = base.stricterWhenDisputed();
				} else if (key.startsWith("level.")) {
					byLevel.put(RequirementLevel.parse(key.substring(6)), Severity.parse(value));
				} else if (key.equals("disputed")) {
					stricter = switch (value) {
					case "stricter" -> true;
					case "catalog" -> false;
					default -> throw new IllegalArgumentException("'" + value + "' is not a choice for disputed levels; use stricter or catalog");
					};
				} else if (key.startsWith("rule.")) {
					byRule.put(key.substring(5), Severity.parse(value));
				} else {
					throw new IllegalArgumentException("unknown key '" + key
							+ "'; use name, extends, level.<MUST|SHOULD|MAY>, disputed or rule.<requirement id>");
				}
			} catch (IllegalArgumentException e) {
				throw new ProfileException(source + ":" + (i + 1) + ": " + e.getMessage());
			}
		}
		return new Profile(name, Map.copyOf(byLevel), Map.copyOf(byRule), stricter);
	}
}
