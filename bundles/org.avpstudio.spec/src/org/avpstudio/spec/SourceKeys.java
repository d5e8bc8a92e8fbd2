// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.avpstudio.spec.internal.CsvReader;
import org.avpstudio.spec.internal.CsvReader.Row;

/**
 * The sources the built-in catalog's {@code read_at} keys stand for ({@code catalog/avps-sources.csv}): the
 * published AVPS contents and the public drafts its wording was read in.
 */
public final class SourceKeys {

	/** One source: where it can be read and what it is. */
	public record Source(String key, String address, String document) {
	}

	private static final Map<String, Source> ALL = load();

	private SourceKeys() {
	}

	public static Map<String, Source> all() {
		return ALL;
	}

	private static Map<String, Source> load() {
		try (InputStream in = SourceKeys.class.getResourceAsStream("/catalog/avps-sources.csv")) {
			if (in == null) {
				throw new IllegalStateException("catalog/avps-sources.csv is missing from the bundle");
			}
			List<Row> rows = CsvReader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			Map<String, Source> sources = new LinkedHashMap<>();
			for (Row row : rows.subList(1, rows.size())) {
				sources.put(row.fields().get(0), new Source(row.fields().get(0), row.fields().get(1), row.fields().get(2)));
			}
			return Collections.unmodifiableMap(sources);
		} catch (IOException | CsvReader.MalformedCsv e) {
			throw new IllegalStateException("catalog/avps-sources.csv cannot be read: " + e.getMessage(), e);
		}
	}
}
