// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import static org.avpstudio.generator.internal.Xml.escape;

import java.util.List;
import java.util.stream.Collectors;

import org.avpstudio.model.VirtualMachine;

/**
 * JUnit XML for CI servers: one test suite per VM, one test case per requirement. A failing requirement is a
 * failure, a waived, manual, disabled or unverified one is skipped with the reason.
 */
public final class JUnitReport {

	private JUnitReport() {
	}

	public static String render(ComplianceReport report) {
		StringBuilder x = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites name=\"")
				.append(escape("AVPS compliance of " + report.modelName())).append("\">\n");
		for (VirtualMachine vm : report.platform().vms()) {
			List<ComplianceReport.Row> rows = report.rows().stream().filter(r -> r.vm().equals(vm.getName())).toList();
			long failures = rows.stream().filter(r -> r.status().name().equals("FAIL")).count();
			long skipped = rows.stream().filter(r -> !r.status().name().equals("FAIL") && !r.status().name().equals("PASS")).count();
			x.append("  <testsuite name=\"").append(escape(vm.getName())).append("\" tests=\"").append(rows.size()).append("\" failures=\"")
					.append(failures).append("\" errors=\"0\" skipped=\"").append(skipped).append("\">\n");
			for (ComplianceReport.Row row : rows) {
				x.append("    <testcase classname=\"").append(escape("avps." + vm.getName())).append("\" name=\"")
						.append(escape(row.requirement().id() + " " + row.requirement().title() + " [" + row.requirement().levelText() + ", "
								+ row.requirement().evidence().label() + "]")).append("\"");
				switch (row.status()) {
				case PASS -> x.append("/>\n");
				case FAIL -> {
					String message = row.findings().stream().filter(f -> f.isOpen()).map(f -> f.message()).collect(Collectors.joining("; "));
					String guest = row.guestChecks().stream().filter(c -> c.status().equals("FAIL")).map(c -> c.check() + ": " + c.detail())
							.collect(Collectors.joining("; "));
					String text = message.isEmpty() ? "guest check: " + guest : message;
					x.append(">\n      <failure message=\"").append(escape(text)).append("\">").append(escape(row.requirement().summary()))
							.append("</failure>\n    </testcase>\n");
				}
				default -> x.append(">\n      <skipped message=\"").append(escape(row.status().label() + reason(row))).append("\"/>\n    </testcase>\n");
				}
			}
			x.append("  </testsuite>\n");
		}
		return x.append("</testsuites>\n").toString();
	}

	private static String reason(ComplianceReport.Row row) {
		return switch (row.status()) {
		case WAIVED -> ": " + row.findings().get(0).justification();
		case MANUAL -> ": " + row.requirement().manualReason();
		case NEEDS_GUEST_CHECK -> ": " + row.requirement().guestCheck();
		default -> "";
		};
	}
}
