// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/** {@code avp validate DIR} and {@code avp report DIR}: every .avp below a folder in one call, each file's findings located. */
public class FolderTest extends CommandLineFixture {

	@Test
	public void validateTakesEveryModelBelowAFolder() {
		assertEquals(err, 1, avp("validate", example("").toString()));
		// each file's findings at its own lines (the .expected files)
		assertTrue(out, out.contains("noncompliant/cockpit-gaps.avp:87:2: error: AVPS-2.0-RNG-1: VM 'ivi' has no virtio-rng"));
		assertTrue(out, out.contains("noncompliant/cockpit-gaps.avp:148:"));
		assertTrue(out, out.contains("cockpit/cockpit.avp:165:"));
		assertTrue(out, out.contains("devbox/devbox.avp:"));
		assertTrue(out, out.matches("(?s).*\\n6 error\\(s\\), .*")); // the error lines of the examples' .expected files
	}

	@Test
	public void aFolderWithoutModelsIsRefused() throws Exception {
		Path empty = tmp.newFolder("empty").toPath();
		Files.writeString(empty.resolve("notes.txt"), "no models here");
		assertEquals(2, avp("validate", empty.toString()));
		assertTrue(err, err.contains(empty + ": a folder without .avp files"));
	}

	@Test
	public void reportWritesOneReportPerModelBelowTheOutputFolder() throws Exception {
		Path out = tmp.getRoot().toPath().resolve("reports");
		assertEquals(err, 0, avp("report", example("").toString(), "--format", "sarif", "--out", out.toString()));
		assertTrue(Files.isRegularFile(out.resolve("cockpit/cockpit.sarif")));
		assertTrue(Files.isRegularFile(out.resolve("noncompliant/cockpit-gaps.sarif")));
		assertTrue(Files.isRegularFile(out.resolve("devbox/devbox.sarif")));
		// the folder of reports is the next run's baseline; nothing changed, so nothing is new
		Path next = tmp.getRoot().toPath().resolve("next");
		assertEquals(err, 0, avp("report", example("").toString(), "--format", "sarif", "--out", next.toString(), "--baseline", out.toString(),
				"--fail-on", "new"));
		assertTrue(Files.readString(next.resolve("noncompliant/cockpit-gaps.sarif")).contains("\"baselineState\":\"unchanged\""));
		assertEquals(1, avp("report", example("").toString(), "--format", "sarif", "--out", next.toString(), "--fail-on", "error"));
	}
}
