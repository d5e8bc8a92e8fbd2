// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.PlatformImport;
import org.junit.Test;

/** XML that tries to read files or exhaust memory is refused before it can; broken XML is reported at its place. */
public class HostileXmlTest {

	@Test(timeout = 10_000)
	public void anExternalEntityIsRefused() {
		String message = refusal("external-entity.xml");
		assertTrue(message, message.contains("external-entity.xml:2:") && message.contains("DOCTYPE"));
	}

	@Test(timeout = 10_000)
	public void billionLaughsIsRefused() {
		String message = refusal("billion-laughs.xml");
		assertTrue(message, message.contains("billion-laughs.xml:2:") && message.contains("DOCTYPE"));
	}

	@Test
	public void malformedXmlIsReportedWithLineAndColumn() {
		String message = refusal("malformed.xml");
		assertTrue(message, message.matches(".*malformed\\.xml:4:\\d+: not well-formed XML: .*"));
	}

	private static String refusal(String fixture) {
		try {
			PlatformImport.read("hostile", List.of(Fixtures.resource(fixture)), null);
			fail(fixture + " was imported");
			return null;
		} catch (ImportException e) {
			return e.getMessage();
		}
	}
}
