// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.spec.Verification;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.rules.AvpsRules;
import org.junit.Test;

/** Every catalog entry is covered: a rule, a guest-side check, or a documented manual reason. */
public class CatalogCoverageTest {

	private final RequirementCatalog catalog = CatalogLoader.builtIn();

	private Set<String> ruleIds() {
		Set<String> ids = new HashSet<>();
		for (AvpsRule rule : AvpsRules.all()) {
			assertFalse(rule.getClass() + " declares its requirement ids", rule.requirementIds().isEmpty());
			ids.addAll(rule.requirementIds());
		}
		return ids;
	}

	@Test
	public void everyEntryHasARuleAGuestCheckOrAManualReason() {
		Set<String> rules = ruleIds();
		List<String> uncovered = new ArrayList<>();
		for (Requirement r : catalog.requirements()) {
			boolean covered = switch (r.verification()) {
			case STATIC -> rules.contains(r.id());
			case STATIC_AND_GUEST -> rules.contains(r.id()) && !r.guestCheck().isBlank();
			case GUEST -> !r.guestCheck().isBlank();
			case MANUAL -> !r.manualReason().isBlank();
			};
			if (!covered) {
				uncovered.add(r.id() + " (" + r.verification().label() + ")");
			}
		}
		assertEquals("catalog entries without rule, guest check or manual reason", List.of(), uncovered);
	}

	/** No requirement is left to two rules: the one that declares it is the one the reports and the matrix name. */
	@Test
	public void everyEntryThatExpectsARuleIsDeclaredByExactlyOneRule() {
		Map<String, List<String>> declaring = new TreeMap<>();
		for (AvpsRule rule : AvpsRules.all()) {
			rule.requirementIds().forEach(id -> declaring.computeIfAbsent(id, i -> new ArrayList<>()).add(rule.getClass().getSimpleName()));
		}
		for (Requirement r : catalog.requirements()) {
			List<String> rules = declaring.getOrDefault(r.id(), List.of());
			assertEquals(r.id() + " (" + r.verification().label() + ") is declared by " + rules, r.verification().hasRule() ? 1 : 0, rules.size());
		}
	}

	@Test
	public void everyRuleChecksACatalogEntryThatExpectsARule() {
		for (String id : ruleIds()) {
			Requirement r = catalog.find(id).orElseThrow(() -> new AssertionError(id + " is not in the catalog"));
			assertTrue(id + " has a rule but is marked " + r.verification().label(), r.verification().hasRule());
		}
	}

	@Test
	public void catalogHoldsTheAvps20EntriesInDocumentOrder() throws IOException {
		List<String> expected = Files.readAllLines(AvpModels.resources().resolve("avps-2.0-ids.txt"));
		assertEquals(expected, catalog.requirements().stream().filter(r -> !r.isIntegrity()).map(Requirement::id).toList());
		assertTrue(catalog.requirements().stream().noneMatch(r -> r.summary().isBlank() || r.summary().equals(r.title())));
		assertTrue(catalog.provenance(), catalog.provenance().contains("127 entries: 19 draft-wording, 85 reconstructed, 23 defined"));
		assertEquals(Verification.MANUAL, catalog.find("AVPS-2.0-TEE-2").get().verification());
	}

	/** The draft items of SOURCES-FOUND section 4 are rows with the source they were read in. */
	@Test
	public void draftWordingRowsSayWhereTheyWereRead() {
		Requirement virgl = catalog.find("AVPS-2.0-GFX-12").orElseThrow();
		assertEquals(org.avpstudio.spec.Evidence.DRAFT_WORDING, virgl.evidence());
		assertEquals(new org.avpstudio.spec.SpecSource("2.8.1", "REQ-3", "D2;D3", "SHALL NOT"), virgl.source());
		assertEquals("REQ-4.1", catalog.find("AVPS-2.0-GFX-14").orElseThrow().source().label());
		assertEquals("REQ-1", catalog.find("AVPS-2.0-IOMMU-6").orElseThrow().source().label());
		for (String id : List.of("AVPS-2.0-PT-1", "AVPS-2.0-STO-7", "AVPS-2.0-GFX-10", "AVPS-2.0-GFX-11", "AVPS-2.0-GFX-12",
				"AVPS-2.0-GFX-13", "AVPS-2.0-GFX-14", "AVPS-2.0-GFX-15", "AVPS-2.0-GFX-16", "AVPS-2.0-GFX-17", "AVPS-2.0-IOMMU-6")) {
			Requirement r = catalog.find(id).orElseThrow(() -> new AssertionError(id + " is missing"));
			assertEquals(id, org.avpstudio.spec.Evidence.DRAFT_WORDING, r.evidence());
			assertFalse(id + " names where it was read", r.source().readAt().isEmpty());
		}
		// every source key is explained in catalog/avps-sources.csv
		Set<String> keys = new HashSet<>();
		for (Requirement r : catalog.requirements()) {
			keys.addAll(r.source().readAtKeys());
		}
		assertTrue(keys.toString(), org.avpstudio.spec.SourceKeys.all().keySet().containsAll(keys));
	}

	/** GPIO-3 and STO-5: the draft says shall where the catalog says MAY; both levels are kept. */
	@Test
	public void levelConflictsAreMarkedDisputed() {
		assertEquals(List.of("AVPS-2.0-STO-5", "AVPS-2.0-GPIO-3"), catalog.disputed().stream().map(Requirement::id).toList());
		Requirement gpio = catalog.find("AVPS-2.0-GPIO-3").orElseThrow();
		assertEquals("MAY (disputed: MUST)", gpio.levelText());
		assertEquals(org.avpstudio.spec.RequirementLevel.MUST, gpio.stricterLevel());
		assertEquals(org.avpstudio.validation.Severity.INFO,
				org.avpstudio.validation.ProfileLoader.builtIn("avps-2.0").severityOf(gpio));
		assertEquals(org.avpstudio.validation.Severity.ERROR,
				org.avpstudio.validation.ProfileLoader.builtIn("avps-2.0-strict").severityOf(gpio));
	}

	/**
	 * The platform integrity catalog (avp-integrity.csv) is loaded after the AVPS rows, in its own id scheme, with
	 * AVP Studio as its source, and each of its entries expects a rule (and so, by the tests above, has exactly one).
	 */
	@Test
	public void integrityCatalogFollowsTheAvpsEntries() {
		List<Requirement> integrity = catalog.requirements().stream().filter(Requirement::isIntegrity).toList();
		assertEquals(List.of("AVP-CPU-1", "AVP-CPU-2", "AVP-CPU-3", "AVP-CPU-4", "AVP-CPU-5", "AVP-MEM-1", "AVP-MEM-2", "AVP-MEM-3",
				"AVP-MEM-4", "AVP-DEV-1", "AVP-DEV-2", "AVP-DEV-3", "AVP-NET-1", "AVP-NET-2", "AVP-NET-3", "AVP-NET-4", "AVP-NET-5",
				"AVP-NAME-1", "AVP-NAME-2", "AVP-NAME-3", "AVP-FFI-1", "AVP-FFI-2", "AVP-FFI-3"), integrity.stream().map(Requirement::id).toList());
		List<Requirement> all = List.copyOf(catalog.requirements());
		assertEquals("integrity entries come last", integrity, all.subList(all.size() - integrity.size(), all.size()));
		for (Requirement r : integrity) {
			assertEquals(r.id(), org.avpstudio.spec.Evidence.DEFINED, r.evidence());
			assertTrue(r.id(), r.verification().hasRule());
			assertTrue(r.citation(), r.citation().startsWith("AVP integrity 1.0 §"));
		}
		assertTrue(catalog.provenance(), catalog.provenance().contains("23 defined"));
	}

	@Test
	public void everyEntryKnowsItsAvps10SectionWhereThereWasOne() {
		for (Requirement r : catalog.requirements().stream().filter(r -> !r.isIntegrity()).toList()) {
			assertTrue(r.id() + " maps to AVPS 1.0", org.avpstudio.spec.Avps10Sections.of(r).isPresent());
		}
		assertEquals("2.6.1", org.avpstudio.spec.Avps10Sections.of(catalog.find("AVPS-2.0-WDT-1").get()).get().number());
		assertEquals("", org.avpstudio.spec.Avps10Sections.of(catalog.find("AVPS-2.0-CAM-1").get()).get().number());
	}
}
