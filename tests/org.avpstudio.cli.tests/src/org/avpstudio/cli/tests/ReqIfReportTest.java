// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;

import org.junit.Assume;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.ls.LSInput;
import org.w3c.dom.ls.LSResourceResolver;

/**
 * {@code avp report --format reqif|reqifz}: valid against the OMG ReqIF 1.0 schema (read from the shared corpus,
 * {@code -Davp.corpus}, never from the network), identifiers that stay the same across exports, the status per VM,
 * relations that resolve, and a .reqifz that holds one .reqif.
 */
public class ReqIfReportTest {

	private static final String NS = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path report(String model, String format, String name) throws Exception {
		Path out = tmp.getRoot().toPath().resolve(name + "." + format);
		Avp.Result run = Avp.run("report", Avp.example(model).toString(), "--format", format, "--out", out.toString());
		assertEquals(run.err(), 0, run.exit());
		return out;
	}

	private static Document xml(Path file) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		return factory.newDocumentBuilder().parse(file.toFile());
	}

	private static List<Element> elements(Document doc, String name) {
		NodeList nodes = doc.getElementsByTagNameNS(NS, name);
		List<Element> list = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			list.add((Element) nodes.item(i));
		}
		return list;
	}

	private static String child(Element parent, String name) {
		return parent.getElementsByTagNameNS(NS, name).item(0).getTextContent();
	}

	/** The schema folder of the corpus, or the test is skipped with the reason printed. */
	private static Path schemaFolder() {
		Path folder = Path.of(System.getProperty("avp.corpus", "../../../shared/corpus")).toAbsolutePath().normalize().resolve("reqif/schema");
		if (!Files.isRegularFile(folder.resolve("reqif.xsd"))) {
			System.out.println("ReqIfReportTest: skipped the schema check, no ReqIF schema in " + folder + " (set -Davp.corpus)");
			Assume.assumeTrue(false);
		}
		return folder;
	}

	/** The OMG schema with its imports resolved in its own folder only: nothing is fetched from the network. */
	private static Schema schema(Path folder) throws Exception {
		SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
		factory.setResourceResolver(new LSResourceResolver() {
			@Override
			public LSInput resolveResource(String type, String namespace, String publicId, String systemId, String baseUri) {
				if (systemId == null) {
					return null;
				}
				String name = systemId.substring(systemId.lastIndexOf('/') + 1);
				Path file = folder.resolve(name).normalize();
				if (!file.getParent().equals(folder) || !Files.isRegularFile(file)) {
					throw new IllegalArgumentException("the schema refers to " + systemId + ", which is not in " + folder);
				}
				return new LocalInput(publicId, file.toUri().toString());
			}
		});
		return factory.newSchema(folder.resolve("reqif.xsd").toFile());
	}

	private static void assertValid(Path reqif) throws Exception {
		schema(schemaFolder()).newValidator().validate(new StreamSource(reqif.toFile()));
	}

	/** The validator is live: the corpus's Polarion export repeats a SPEC-HIERARCHY IDENTIFIER (xs:ID) and is refused. */
	@Test
	public void schemaRefusesAnInvalidExport() throws Exception {
		Path folder = schemaFolder();
		Path invalid = folder.resolveSibling("samples/polarion_test-export.reqif");
		Assume.assumeTrue("no " + invalid, Files.isRegularFile(invalid));
		try {
			schema(folder).newValidator().validate(new StreamSource(invalid.toFile()));
			throw new AssertionError(invalid + " passed the schema");
		} catch (org.xml.sax.SAXParseException expected) {
			assertTrue(expected.getMessage(), expected.getMessage().contains("rmf-"));
		}
	}

	@Test
	public void cockpitIsValidReqIf() throws Exception {
		assertValid(report("cockpit/cockpit.avp", "reqif", "cockpit"));
	}

	@Test
	public void gapsAreValidReqIfWithStatusPerVm() throws Exception {
		Path file = report("noncompliant/cockpit-gaps.avp", "reqif", "gaps");
		assertValid(file);
		Document doc = xml(file);
		assertEquals(NS, doc.getDocumentElement().getNamespaceURI());
		assertEquals("AVP Studio", child(doc.getDocumentElement(), "REQ-IF-TOOL-ID"));
		assertEquals(1, elements(doc, "SPECIFICATION").size());
		assertEquals(104 + 23, elements(doc, "SPEC-HIERARCHY").size());

		Map<String, String> attributeNames = new LinkedHashMap<>();
		for (String kind : List.of("ATTRIBUTE-DEFINITION-STRING", "ATTRIBUTE-DEFINITION-ENUMERATION")) {
			elements(doc, kind).forEach(e -> attributeNames.put(e.getAttribute("IDENTIFIER"), e.getAttribute("LONG-NAME")));
		}
		assertTrue(attributeNames.values().containsAll(List.of("ReqIF.ForeignID", "ReqIF.Text", "ReqIF.ChapterName", "ReqIF.Name", "id",
				"level", "section", "title", "summary", "provenance", "source", "disputed level", "status ivi", "status cluster")));
		Map<String, String> enumValues = new LinkedHashMap<>();
		elements(doc, "ENUM-VALUE").forEach(e -> enumValues.put(e.getAttribute("IDENTIFIER"), e.getAttribute("LONG-NAME")));

		Element rng = elements(doc, "SPEC-OBJECT").stream().filter(o -> o.getAttribute("LONG-NAME").equals("AVPS-2.0-RNG-1")).findFirst()
				.orElseThrow();
		Map<String, String> values = new LinkedHashMap<>();
		NodeList enums = rng.getElementsByTagNameNS(NS, "ATTRIBUTE-VALUE-ENUMERATION");
		for (int i = 0; i < enums.getLength(); i++) {
			Element v = (Element) enums.item(i);
			values.put(attributeNames.get(child(v, "ATTRIBUTE-DEFINITION-ENUMERATION-REF")), enumValues.get(child(v, "ENUM-VALUE-REF")));
		}
		NodeList strings = rng.getElementsByTagNameNS(NS, "ATTRIBUTE-VALUE-STRING");
		for (int i = 0; i < strings.getLength(); i++) {
			Element v = (Element) strings.item(i);
			values.put(attributeNames.get(child(v, "ATTRIBUTE-DEFINITION-STRING-REF")), v.getAttribute("THE-VALUE"));
		}
		// RFC 4122 version 5 of "requirement:AVPS-2.0-RNG-1" in the fixed namespace (as Python's uuid.uuid5 computes
		// it): if this changes, every requirements tool that imported an earlier export gets a copy of each object
		assertEquals("_ca712706-a5c2-56a1-8bd6-98eb89039fd1", rng.getAttribute("IDENTIFIER"));
		assertEquals("fail", values.get("status ivi"));
		assertEquals("pass", values.get("status cluster"));
		assertEquals("AVPS-2.0-RNG-1", values.get("ReqIF.ForeignID"));
		assertEquals("MUST", values.get("level"));
	}

	@Test
	public void relationsResolveToSpecObjects() throws Exception {
		Document doc = xml(report("noncompliant/cockpit-gaps.avp", "reqif", "gaps"));
		Set<String> objects = new HashSet<>();
		elements(doc, "SPEC-OBJECT").forEach(o -> objects.add(o.getAttribute("IDENTIFIER")));
		Set<String> relationTypes = new HashSet<>();
		elements(doc, "SPEC-RELATION-TYPE").forEach(t -> relationTypes.add(t.getAttribute("IDENTIFIER")));
		List<Element> relations = elements(doc, "SPEC-RELATION");
		assertFalse(relations.isEmpty());
		Set<String> used = new HashSet<>();
		for (Element relation : relations) {
			String source = child((Element) relation.getElementsByTagNameNS(NS, "SOURCE").item(0), "SPEC-OBJECT-REF");
			String target = child((Element) relation.getElementsByTagNameNS(NS, "TARGET").item(0), "SPEC-OBJECT-REF");
			String type = child(relation, "SPEC-RELATION-TYPE-REF");
			assertTrue(source, objects.contains(source));
			assertTrue(target, objects.contains(target));
			assertTrue(type, relationTypes.contains(type));
			used.add(type);
		}
		assertEquals("every link of requirement → rule → model element → generated file is used", relationTypes, used);
		for (Element h : elements(doc, "SPEC-HIERARCHY")) {
			assertTrue(objects.contains(child(h, "SPEC-OBJECT-REF")));
		}
	}

	@Test
	public void identifiersAreStableAcrossExports() throws Exception {
		Document first = xml(report("noncompliant/cockpit-gaps.avp", "reqif", "first"));
		Thread.sleep(1100); // another creation time
		Document second = xml(report("noncompliant/cockpit-gaps.avp", "reqif", "second"));
		assertEquals(identifiers(first), identifiers(second));
		assertTrue(identifiers(first).size() > 104);
	}

	private static List<String> identifiers(Document doc) {
		List<String> ids = new ArrayList<>();
		NodeList all = doc.getElementsByTagNameNS(NS, "*");
		for (int i = 0; i < all.getLength(); i++) {
			Element e = (Element) all.item(i);
			if (e.hasAttribute("IDENTIFIER")) {
				ids.add(e.getLocalName() + " " + e.getAttribute("IDENTIFIER"));
			}
		}
		assertEquals("identifiers are unique", ids.size(), new HashSet<>(ids).size());
		return ids;
	}

	@Test
	public void reqifzHoldsExactlyOneValidReqIf() throws Exception {
		Path zip = report("cockpit/cockpit.avp", "reqifz", "cockpit");
		List<String> names = new ArrayList<>();
		Path inner = tmp.getRoot().toPath().resolve("inner.reqif");
		try (InputStream in = Files.newInputStream(zip); ZipInputStream entries = new ZipInputStream(in)) {
			for (ZipEntry entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
				names.add(entry.getName());
				Files.write(inner, entries.readAllBytes());
			}
		}
		assertEquals(List.of("cockpit.reqif"), names);
		assertEquals(NS, xml(inner).getDocumentElement().getNamespaceURI());
		assertValid(inner);
	}

	/** A schema document read from a local file. */
	private static final class LocalInput implements LSInput {
		private final String publicId;
		private final String systemId;

		LocalInput(String publicId, String systemId) {
			this.publicId = publicId;
			this.systemId = systemId;
		}

		@Override
		public java.io.Reader getCharacterStream() {
			return null;
		}

		@Override
		public void setCharacterStream(java.io.Reader characterStream) {
		}

		@Override
		public InputStream getByteStream() {
			return null;
		}

		@Override
		public void setByteStream(InputStream byteStream) {
		}

		@Override
		public String getStringData() {
			return null;
		}

		@Override
		public void setStringData(String stringData) {
		}

		@Override
		public String getSystemId() {
			return systemId;
		}

		@Override
		public void setSystemId(String systemId) {
		}

		@Override
		public String getPublicId() {
			return publicId;
		}

		@Override
		public void setPublicId(String publicId) {
		}

		@Override
		public String getBaseURI() {
			return null;
		}

		@Override
		public void setBaseURI(String baseURI) {
		}

		@Override
		public String getEncoding() {
			return null;
		}

		@Override
		public void setEncoding(String encoding) {
		}

		@Override
		public boolean getCertifiedText() {
			return false;
		}

		@Override
		public void setCertifiedText(boolean certifiedText) {
		}
	}
}
