// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.avpstudio.spec.internal.CsvReader;
import org.avpstudio.spec.internal.CsvReader.Row;

/**
 * Where an AVPS 2.0 section was in AVPS 1.0 (v1.0 Beta rev01), from the two verified tables of contents
 * ({@code catalog/avps-1.0-sections.csv}). Only the structure is known; requirement-level differences are not.
 */
public final class Avps10Sections {

	/** The 1.0 section of a 2.0 chapter; empty section when 1.0 had none (e.g. Cameras). */
	public record Section(String number, String title, String note) {
	}

	private static final Map<String, Section> BY_CHAPTER = load();

	private Avps10Sections() {
	}

	public static Optional<Section> of(Requirement requirement) {
		String chapter = requirement.chapter();
		while (!chapter.isEmpty()) {
			Section section = BY_CHAPTER.get(chapter);
			if (section != null) {
				return Optional.of(section);
			}
			chapter = chapter.contains(".") ? chapter.substring(0, chapter.lastIndexOf('.')) : "";
		}
		return Optional.empty();
	}

	private static Map<String, Section> load() {
		try (InputStream in = Avps10Sections.class.getResourceAsStream("/catalog/avps-1.0-sections.csv")) {
			List<Row> rows = CsvReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			Map<String, Section> map = new HashMap<>();
			for (Row row : rows.subList(1, rows.size())) {
				List<String> f = row.fields();
				map.put(f.get(0), new Section(f.get(1), f.get(2), f.size() > 3 ? f.get(3) : ""));
			}
			return map;
		} catch (IOException | CsvReader.MalformedCsv | RuntimeException e) {
			throw new IllegalStateException("the AVPS 1.0 section map is missing or broken: " + e.getMessage(), e);
		}
	}
}
