// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.avpstudio.spec.CatalogException;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.Evidence;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.spec.RequirementLevel;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.avpstudio.validation.Severity;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** A user holding the official AVPS text corrects the catalog and profiles without code changes. */
public class CatalogOverrideTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path file(String text) throws Exception {
		Path file = tmp.newFile("override.csv").toPath();
		Files.writeString(file, text);
		return file;
	}

	@Test
	public void overrideChangesLevelMapsNumberingAddsAndRemoves() throws Exception {
		Path override = file("""
				id,level,evidence,spec_ref,action
				AVPS-2.0-WDT-1,MUST,official,REQ-2.13-1,
				AVPS-2.0-CAM-2,,,,remove
				""");
		RequirementCatalog catalog = CatalogLoader.withOverrides(List.of(override));
		assertEquals(RequirementLevel.MUST, catalog.find("AVPS-2.0-WDT-1").get().level());
		assertEquals(Evidence.OFFICIAL, catalog.find("AVPS-2.0-WDT-1").get().evidence());
		assertEquals("REQ-2.13-1", catalog.find("AVPS-2.0-WDT-1").get().specRef());
		assertFalse(catalog.find("AVPS-2.0-CAM-2").isPresent());
		assertEquals(CatalogLoader.builtIn().size() - 1, catalog.size());
		assertTrue(catalog.provenance(), catalog.provenance().contains("override.csv"));
		assertEquals(Severity.ERROR, ProfileLoader.builtIn("avps-2.0").severityOf(catalog.find("AVPS-2.0-WDT-1").get()));
	}

	@Test
	public void brokenOverridesSayWhereAndHow() throws Exception {
		expectError("id,levl\nAVPS-2.0-WDT-1,MUST\n", "override.csv:1 (column 'levl'): unknown column");
		tmp.delete();
		tmp.create();
		expectError("id,level\nAVPS-2.0-WDT-1,OFTEN\n", "override.csv:2 (column 'level'): 'OFTEN' is not a valid level. Use MUST");
		tmp.delete();
		tmp.create();
		expectError("id,summary\nAVPS-2.0-WDT-1,\"never closed\n", "override.csv:2: a quoted field is not closed");
	}

	private void expectError(String text, String expected) throws Exception {
		try {
			CatalogLoader.withOverrides(List.of(file(text)));
			fail("accepted: " + text);
		} catch (CatalogException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(expected));
		}
	}

	@Test
	public void strictProfileMakesRecommendationsErrorsAndUserProfilesDisableRules() throws Exception {
		RequirementCatalog catalog = CatalogLoader.builtIn();
		assertEquals(Severity.WARNING, ProfileLoader.builtIn("avps-2.0").severityOf(catalog.find("AVPS-2.0-STO-3").get()));
		assertEquals(Severity.ERROR, ProfileLoader.builtIn("avps-2.0-strict").severityOf(catalog.find("AVPS-2.0-STO-3").get()));
		Path profile = tmp.newFile("oem.profile").toPath();
		Files.writeString(profile, "name = oem\nextends = avps-2.0\nrule.AVPS-2.0-WDT-2 = off\n");
		assertEquals(Severity.OFF, ProfileLoader.load(profile.toString()).severityOf(catalog.find("AVPS-2.0-WDT-2").get()));
		Files.writeString(profile, "name = oem\nlevel.SOMETIMES = error\n");
		try {
			ProfileLoader.load(profile.toString());
			fail();
		} catch (ProfileException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("oem.profile:2: 'SOMETIMES' is not a level"));
		}
	}
}
