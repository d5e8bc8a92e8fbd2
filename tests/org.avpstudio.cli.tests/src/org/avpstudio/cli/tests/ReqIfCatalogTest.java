// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.avpstudio.spec.CatalogDiff;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.Evidence;
import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.spec.RequirementLevel;
import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * A ReqIF document from a requirements tool as the catalog override ({@code --catalog FILE.reqif|.reqifz}, read
 * through {@code FILE.mapping} when it exists): mapped SPEC-OBJECTs override their entries and count as official,
 * everything else is reported with its SPEC-OBJECT identifier and place, nothing is guessed. Checked on the project's
 * fixture ({@code resources/reqif/oem-avps.reqif}, valid against the OMG schema) and on every real tool export of
 * {@code ../shared/corpus/reqif/samples}.
 */
public class ReqIfCatalogTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final Path FIXTURE = Avp.resource("reqif/oem-avps.reqif");

	private static Requirement entry(RequirementCatalog catalog, String id) {
		return catalog.find(id).orElseThrow(() -> new AssertionError(id + " is missing"));
	}

	@Test
	public void mappedObjectsOverrideTheirEntriesAndCountAsOfficial() throws Exception {
		RequirementCatalog catalog = CatalogLoader.withOverrides(List.of(FIXTURE));
		Requirement watchdog = entry(catalog, "AVPS-2.0-WDT-1");
		assertEquals(RequirementLevel.MUST, watchdog.level());
		assertEquals(Evidence.OFFICIAL, watchdog.evidence());
		assertEquals("REQ-2.13-1", watchdog.specRef());
		assertEquals("Watchdog for every VM", watchdog.title());
		assertEquals("Each virtual machine gets a watchdog of its own. A VM that stops kicking it is reset alone.", watchdog.summary());
		// a level the user's document gives settles the dispute the built-in catalog records
		Requirement gpio = entry(catalog, "AVPS-2.0-GPIO-3");
		assertTrue(CatalogLoader.builtIn().find("AVPS-2.0-GPIO-3").orElseThrow().disputed());
		assertFalse(gpio.disputed());
		assertEquals(RequirementLevel.MAY, gpio.level());
		assertEquals(Evidence.OFFICIAL, gpio.evidence());
		// an unknown level word keeps the catalog's level; the rest of the object still applies
		Requirement rng = entry(catalog, "AVPS-2.0-RNG-1");
		assertEquals(CatalogLoader.builtIn().find("AVPS-2.0-RNG-1").orElseThrow().level(), rng.level());
		assertEquals("Entropy for every VM", rng.title());
		assertTrue(catalog.provenance(), catalog.provenance().contains("oem-avps.reqif (ReqIF, 3 entries)"));
		assertEquals(3, catalog.provenanceCounts().get(Evidence.OFFICIAL).intValue());
	}

	@Test
	public void whatCannotBeMappedIsReportedWithItsSpecObjectAndNothingIsGuessed() throws Exception {
		List<String> notes = CatalogLoader.withOverrides(List.of(FIXTURE)).notes();
		assertEquals(String.join("\n", notes), 4, notes.size());
		assertNote(notes, "so-heading-213", "has no identifier attribute");
		assertNote(notes, "so-unknown", "'REQ-9.9-9' is not a catalog id");
		assertNote(notes, "so-rng", "level 'essential' is none of the mapping's level words");
		assertNote(notes, "so-wdt-again", "is about AVPS-2.0-WDT-1 too, which SPEC-OBJECT so-wdt");
		for (String note : notes) {
			assertTrue(note, note.matches(".*oem-avps\\.reqif:\\d+:\\d+: SPEC-OBJECT .*"));
		}
	}

	private static void assertNote(List<String> notes, String object, String why) {
		assertTrue(object + " / " + why + " in\n" + String.join("\n", notes),
				notes.stream().anyMatch(n -> n.contains("SPEC-OBJECT " + object + " ") && n.contains(why)));
	}

	@Test
	public void withoutTheMappingFileTheOemIdentifiersAreNotMatched() throws Exception {
		Path copy = Files.copy(FIXTURE, tmp.getRoot().toPath().resolve("plain.reqif"));
		RequirementCatalog catalog = CatalogLoader.withOverrides(List.of(copy));
		assertEquals(CatalogLoader.builtIn().find("AVPS-2.0-WDT-1").orElseThrow(), entry(catalog, "AVPS-2.0-WDT-1"));
		assertTrue(catalog.notes().stream().anyMatch(n -> n.contains("'REQ-2.13-1' is not a catalog id") && n.contains("id.REQ-2.13-1 = ")));
		assertEquals(Evidence.OFFICIAL, entry(catalog, "AVPS-2.0-GPIO-3").evidence()); // its own id needs no mapping
	}

	@Test
	public void aReqifzIsReadLikeTheDocumentItHolds() throws Exception {
		Path zip = tmp.getRoot().toPath().resolve("oem-avps.reqifz");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
			out.putNextEntry(new ZipEntry("images/logo.png"));
			out.write(new byte[] { 1, 2, 3 });
			out.putNextEntry(new ZipEntry("oem-avps.reqif"));
			out.write(Files.readAllBytes(FIXTURE));
		}
		Files.copy(Path.of(FIXTURE + ".mapping"), Path.of(zip + ".mapping"));
		RequirementCatalog zipped = CatalogLoader.withOverrides(List.of(zip));
		RequirementCatalog plain = CatalogLoader.withOverrides(List.of(FIXTURE));
		assertTrue(CatalogDiff.between(plain, zipped).changes().toString(), CatalogDiff.between(plain, zipped).isEmpty());
		assertTrue(zipped.notes().get(0), zipped.notes().get(0).contains("oem-avps.reqifz!/oem-avps.reqif:"));
	}

	@Test
	public void brokenDocumentsAndMappingsAreRefusedWithWhereAndHow() throws Exception {
		String reqif = Files.readString(FIXTURE);
		refused("doctype.reqif", reqif.replace("<REQ-IF ", "<!DOCTYPE r [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<REQ-IF "),
				"doctype.reqif:", "DOCTYPE");
		refused("other.reqif", "<?xml version=\"1.0\"?>\n<catalog/>\n", "other.reqif:2:", "root element is <catalog>");
		refused("cut.reqif", reqif.substring(0, reqif.length() / 2), "cut.reqif:", "not well-formed");
		Path empty = tmp.getRoot().toPath().resolve("empty.reqifz");
		try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(empty))) {
			out.putNextEntry(new ZipEntry("readme.txt"));
			out.write("no document".getBytes(StandardCharsets.UTF_8));
		}
		refused(empty, "empty.reqifz:1:1:", "holds no .reqif document");
		Path mapped = Files.writeString(tmp.getRoot().toPath().resolve("m.reqif"), reqif);
		Files.writeString(Path.of(mapped + ".mapping"), "attribute.id = ReqIF.ForeignID\nlevel.MUSTT = shall\n");
		refused(mapped, "m.reqif.mapping:2", "is not a level");
		Files.writeString(Path.of(mapped + ".mapping"), "attribute.colour = x\n");
		refused(mapped, "m.reqif.mapping:1", "'colour' is not a catalog column");
	}

	private void refused(String name, String content, String where, String what) throws Exception {
		refused(Files.writeString(tmp.getRoot().toPath().resolve(name), content), where, what);
	}

	private static void refused(Path file, String where, String what) {
		try {
			CatalogLoader.withOverrides(List.of(file));
			fail(file + " was accepted");
		} catch (CatalogException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(where) && e.getMessage().contains(what));
			assertFalse(e.getMessage(), e.getMessage().contains("Exception"));
		}
	}

	/** Real exports of DOORS, Polarion, ProR, EA, IBM ERM and RMF: read, every object reported, no entry changed. */
	@Test
	public void everyRealToolExportIsReadAndNothingInItIsGuessed() throws Exception {
		Path samples = Path.of(System.getProperty("avp.corpus", "../../../shared/corpus")).toAbsolutePath().normalize().resolve("reqif/samples");
		if (!Files.isDirectory(samples)) {
			System.out.println("ReqIfCatalogTest: skipped the corpus, no folder " + samples + " (set -Davp.corpus)");
			Assume.assumeTrue(false);
		}
		List<Path> files;
		try (Stream<Path> list = Files.list(samples)) {
			files = list.filter(p -> CatalogLoader.isReqIf(p)).sorted().toList();
		}
		assertTrue(files.size() >= 8);
		RequirementCatalog builtIn = CatalogLoader.builtIn();
		for (Path file : files) {
			RequirementCatalog catalog = CatalogLoader.withOverrides(List.of(file));
			assertTrue(file + ": " + CatalogDiff.between(builtIn, catalog).changes(), CatalogDiff.between(builtIn, catalog).isEmpty());
			int objects = 0;
			for (byte[] document : documents(file)) {
				var factory = DocumentBuilderFactory.newInstance();
				factory.setNamespaceAware(true);
				objects += factory.newDocumentBuilder().parse(new java.io.ByteArrayInputStream(document))
						.getElementsByTagNameNS("*", "SPEC-OBJECT").getLength();
			}
			assertEquals(file + " reports each of its SPEC-OBJECTs", objects, catalog.notes().size());
			System.out.println("ReqIfCatalogTest: " + file.getFileName() + ": " + objects + " SPEC-OBJECT(s), each reported, none matched");
		}
	}

	private static List<byte[]> documents(Path file) throws Exception {
		byte[] bytes = Files.readAllBytes(file);
		if (!file.toString().endsWith(".reqifz")) {
			return List.of(bytes);
		}
		List<byte[]> documents = new ArrayList<>();
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(bytes))) {
			for (ZipEntry e; (e = zip.getNextEntry()) != null;) {
				if (e.getName().endsWith(".reqif")) {
					ByteArrayOutputStream out = new ByteArrayOutputStream();
					zip.transferTo(out);
					documents.add(out.toByteArray());
				}
			}
		}
		return documents;
	}

	/** AVP Studio's own ReqIF export, read back as a catalog, is the catalog it was made with. */
	@Test
	public void ourOwnExportReadBackIsTheSameCatalog() throws Exception {
		for (String format : List.of("reqif", "reqifz")) {
			Path out = tmp.getRoot().toPath().resolve("cockpit." + format);
			Avp.Result run = Avp.run("report", Avp.example("cockpit/cockpit.avp").toString(), "--format", format, "--out", out.toString());
			assertEquals(run.err(), 0, run.exit());
			RequirementCatalog read = CatalogLoader.withOverrides(List.of(out));
			CatalogDiff diff = CatalogDiff.between(CatalogLoader.builtIn(), read);
			assertTrue(format + ": " + diff.changes(), diff.isEmpty());
			assertTrue(String.join("\n", read.notes()), read.notes().stream().noneMatch(n -> n.contains("AVPS-2.0-")));
		}
	}

	@Test
	public void theCommandLineTakesAReqIfCatalogAndSaysWhatItDidNotUse() {
		Avp.Result plain = Avp.run("validate", Avp.example("noncompliant/cockpit-gaps.avp").toString());
		assertTrue(plain.out(), plain.out().contains("warning") && plain.out().contains("AVPS-2.0-WDT-1"));
		Avp.Result oem = Avp.run("validate", "--catalog", FIXTURE.toString(), Avp.example("noncompliant/cockpit-gaps.avp").toString());
		assertEquals(oem.err(), 1, oem.exit());
		assertTrue(oem.out(), oem.out().lines().anyMatch(l -> l.contains("error") && l.contains("AVPS-2.0-WDT-1")));
		assertEquals(oem.err(), 4, oem.err().lines().filter(l -> l.startsWith("avp: catalog: not used: ")).count());
	}
}
