// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The compliance report formats, with the name users give them and the file name the IDE writes them to. */
public enum ReportFormat {
	/** One self-contained page with the traceability matrix and the diagram. */
	HTML("html", "-compliance.html"),
	/** A merge-request comment. */
	MD("md", "-compliance.md"),
	/** One test case per requirement and VM, for CI servers. */
	JUNIT("junit", "-compliance.junit.xml"),
	/** SARIF 2.1.0, for code-scanning views. */
	SARIF("sarif", ".sarif"),
	/** The traceability matrix: requirement, rules and checks, model elements, generated files. */
	CSV("csv", "-compliance.csv"),
	/** ReqIF 1.0, for requirements tools: the requirements, the status per VM and the traceability as relations. */
	REQIF("reqif", "-compliance.reqif"),
	/** The ReqIF document zipped (one .reqif in the archive), as requirements tools exchange it. */
	REQIFZ("reqifz", "-compliance.reqifz");

	private final String id;
	private final String fileSuffix;

	ReportFormat(String id, String fileSuffix) {
		this.id = id;
		this.fileSuffix = fileSuffix;
	}

	public String id() {
		return id;
	}

	/** The report's file name for a model named {@code base} (without its extension). */
	public String fileName(String base) {
		return base + fileSuffix;
	}

	public static Optional<ReportFormat> byId(String id) {
		return Arrays.stream(values()).filter(f -> f.id.equals(id.toLowerCase(Locale.ROOT))).findFirst();
	}
}
