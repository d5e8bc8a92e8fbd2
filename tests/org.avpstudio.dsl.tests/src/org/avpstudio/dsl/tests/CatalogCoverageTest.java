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
		assertEquals(expected, catalog.requirements().stream().map(Requirement::id).toList());
		assertTrue(catalog.requirements().stream().noneMatch(r -> r.summary().isBlank() || r.summary().equals(r.title())));
		assertTrue(catalog.provenance(), catalog.provenance().contains("104 entries: 19 draft-wording, 85 reconstructed"));
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

	@Test
	public void everyEntryKnowsItsAvps10SectionWhereThereWasOne() {
		for (Requirement r : catalog.requirements()) {
			assertTrue(r.id() + " maps to AVPS 1.0", org.avpstudio.spec.Avps10Sections.of(r).isPresent());
		}
		assertEquals("2.6.1", org.avpstudio.spec.Avps10Sections.of(catalog.find("AVPS-2.0-WDT-1").get()).get().number());
		assertEquals("", org.avpstudio.spec.Avps10Sections.of(catalog.find("AVPS-2.0-CAM-1").get()).get().number());
	}
}
