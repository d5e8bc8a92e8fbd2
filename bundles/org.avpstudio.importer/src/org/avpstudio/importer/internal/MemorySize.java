// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.math.BigInteger;
import java.util.Map;

/** A libvirt memory amount (value and unit) in whole MiB, rounded up. */
final class MemorySize {

	private static final long K = 1024;
	private static final Map<String, Long> BYTES = Map.ofEntries(Map.entry("b", 1L), Map.entry("bytes", 1L),
			Map.entry("KB", 1000L), Map.entry("k", K), Map.entry("KiB", K), Map.entry("MB", 1000_000L), Map.entry("M", K * K),
			Map.entry("MiB", K * K), Map.entry("GB", 1000_000_000L), Map.entry("G", K * K * K), Map.entry("GiB", K * K * K),
			Map.entry("TB", 1000_000_000_000L), Map.entry("T", K * K * K * K), Map.entry("TiB", K * K * K * K));

	private MemorySize() {
	}

	static long mebibytes(String value, String unit) {
		Long factor = BYTES.get(unit);
		if (factor == null) {
			throw new IllegalArgumentException("unknown memory unit '" + unit + "'");
		}
		if (!value.matches("\\d{1,30}")) {
			throw new IllegalArgumentException("memory '" + value + "' is not a whole number of " + unit);
		}
		BigInteger bytes = new BigInteger(value).multiply(BigInteger.valueOf(factor));
		BigInteger mib = BigInteger.valueOf(K * K);
		return bytes.add(mib).subtract(BigInteger.ONE).divide(mib).longValueExact();
	}
}
