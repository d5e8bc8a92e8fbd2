// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Results printed by the generated guest-check scripts ({@code AVP-CHECK-BEGIN <vm>}, then
 * {@code AVP-CHECK <requirement> <PASS|FAIL|SKIP> <check> <detail>} lines), read from captured console output;
 * other lines (kernel messages) are ignored.
 */
public final class GuestResults {

	/** One check result of one VM. */
	public record Check(String vm, String requirementId, String status, String check, String detail) {
	}

	private GuestResults() {
	}

	public static List<Check> read(List<Path> files) throws IOException {
		List<Check> checks = new ArrayList<>();
		for (Path file : files) {
			String vm = "";
			for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				String line = raw.strip();
				int begin = line.indexOf("AVP-CHECK-BEGIN");
				if (begin >= 0) {
					vm = line.substring(begin + "AVP-CHECK-BEGIN".length()).strip();
					continue;
				}
				int at = line.indexOf("AVP-CHECK ");
				if (at < 0) {
					continue;
				}
				String[] parts = line.substring(at).split(" ", 5);
				if (parts.length >= 4 && parts[2].matches("PASS|FAIL|SKIP")) {
					checks.add(new Check(vm, parts[1], parts[2], parts[3], parts.length > 4 ? parts[4] : ""));
				}
			}
		}
		return checks;
	}
}
