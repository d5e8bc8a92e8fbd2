// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.avpstudio.generator.GenerationContext;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.spec.Requirement;
import org.avpstudio.spec.RequirementLevel;
import org.avpstudio.validation.RequirementStatus;

/**
 * ReqIF 1.0 (OMG formal/2011-04-02): one SPECIFICATION with the catalog's requirements as SPEC-OBJECTs, the
 * platform's status per requirement and VM as enumeration attributes, and the traceability matrix (requirement →
 * rule → model element → generated file) as SPEC-RELATIONs. Every IDENTIFIER is a name-based (version 5) UUID
 * of what the thing is (a requirement id, a rule, a VM and element, a file path) under one fixed namespace, so a
 * requirements tool that imports a second export updates its objects instead of adding copies.
 */
public final class ReqIfReport {

	/** The ReqIF 1.0 namespace. */
	public static final String NAMESPACE = "http://www.omg.org/spec/ReqIF/20110401/reqif.xsd";
	/** REQ-IF-TOOL-ID of every export. */
	public static final String TOOL_ID = "AVP Studio";
	/** The namespace of the name-based identifiers; never change it, or re-imports duplicate every object. */
	static final UUID ID_NAMESPACE = UUID.fromString("6f1c2a64-3b5e-4f0a-9d8e-a7b2c4d90e15");

	private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
	private static final int MAX_LENGTH = 32000;

	private final ComplianceReport report;
	private final Traceability traceability;
	private final String time;
	private XMLStreamWriter x;
	private int depth;

	private ReqIfReport(ComplianceReport report, Traceability traceability, Instant now) {
		this.report = report;
		this.traceability = traceability;
		this.time = TIME.format(now.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
	}

	/** The .reqif document, created at {@code now}. */
	public static String render(ComplianceReport report, Traceability traceability, Instant now) {
		return new ReqIfReport(report, traceability, now).write();
	}

	/** A .reqifz: a zip holding the document as its one entry, named after the model. */
	public static byte[] zip(ComplianceReport report, String reqif) {
		String name = report.modelName().replaceFirst("\\.[^.]*$", "") + ".reqif";
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
			zip.putNextEntry(new ZipEntry(name));
			zip.write(reqif.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		} catch (IOException e) {
			throw new IllegalStateException("cannot zip in memory", e);
		}
		return bytes.toByteArray();
	}

	/** A version 5 (SHA-1, name-based) UUID of {@code name} in {@link #ID_NAMESPACE}, as an xsd:ID. */
	public static String identifier(String name) {
		try {
			MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
			sha1.update(ByteBuffer.allocate(16).putLong(ID_NAMESPACE.getMostSignificantBits())
					.putLong(ID_NAMESPACE.getLeastSignificantBits()).array());
			byte[] hash = sha1.digest(name.getBytes(StandardCharsets.UTF_8));
			hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
			hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
			ByteBuffer b = ByteBuffer.wrap(hash, 0, 16);
			return "_" + new UUID(b.getLong(), b.getLong()); // an xsd:ID may not start with a digit
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("every JDK has SHA-1", e);
		}
	}

	// what the identifiers are made of
	private static final String DT_STRING = identifier("datatype:string");
	private static final String DT_LEVEL = identifier("datatype:level");
	private static final String DT_STATUS = identifier("datatype:status");
	private static final String T_REQUIREMENT = identifier("spec-object-type:requirement");
	private static final String T_RULE = identifier("spec-object-type:rule");
	private static final String T_ELEMENT = identifier("spec-object-type:model-element");
	private static final String T_FILE = identifier("spec-object-type:generated-file");
	private static final String T_SPECIFICATION = identifier("specification-type:compliance");

	/** One attribute definition of a spec object type; enumeration ones use the level or status datatype. */
	private record Attribute(String identifier, String name, String datatype) {
		boolean enumeration() {
			return !datatype.equals(DT_STRING);
		}
	}

	/** A traced thing that is no requirement: a rule, a model element or a generated file. */
	private record Traced(String identifier, String type, String name, String text) {
	}

	/** A relation type: its identifier and name. */
	private enum Link {
		VERIFIED_BY("verified by", "the requirement is checked by the rule"),
		CHECKS("checks", "the rule (or, for a requirement without one, the requirement) concerns the model element"),
		REALISED_BY("realised by", "the generated file realises the model element");

		final String name;
		final String description;

		Link(String name, String description) {
			this.name = name;
			this.description = description;
		}

		String identifier() {
			return ReqIfReport.identifier("spec-relation-type:" + name());
		}
	}

	private static Attribute string(String type, String name) {
		return new Attribute(identifier("attribute:" + type + ":" + name), name, DT_STRING);
	}

	private List<Attribute> requirementAttributes() {
		List<Attribute> attributes = new ArrayList<>(List.of(string("requirement", "ReqIF.ForeignID"), string("requirement", "ReqIF.Name"),
				string("requirement", "ReqIF.ChapterName"), string("requirement", "ReqIF.Text"), string("requirement", "id"),
				new Attribute(identifier("attribute:requirement:level"), "level", DT_LEVEL), string("requirement", "section"),
				string("requirement", "title"), string("requirement", "summary"), string("requirement", "provenance"), string("requirement", "source"),
				string("requirement", "disputed level"),
				new Attribute(identifier("attribute:requirement:status"), "status", DT_STATUS)));
		for (VirtualMachine vm : report.platform().vms()) {
			attributes.add(new Attribute(identifier("attribute:requirement:status:" + vm.getName()), "status " + vm.getName(), DT_STATUS));
		}
		return attributes;
	}

	private static List<Attribute> tracedAttributes(String type) {
		return List.of(string(type, "ReqIF.ForeignID"), string(type, "ReqIF.Name"), string(type, "ReqIF.Text"));
	}

	private String write() {
		StringWriter out = new StringWriter();
		try {
			x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
			x.writeStartDocument("UTF-8", "1.0");
			x.writeCharacters("\n");
			x.setDefaultNamespace(NAMESPACE);
			x.writeStartElement(NAMESPACE, "REQ-IF");
			x.writeDefaultNamespace(NAMESPACE);
			depth = 1;
			header();
			open("CORE-CONTENT");
			open("REQ-IF-CONTENT");
			Map<String, Traced> traced = new LinkedHashMap<>();
			Map<String, String[]> relations = new LinkedHashMap<>();
			collect(traced, relations);
			datatypes();
			specTypes();
			specObjects(traced.values());
			specRelations(relations);
			specification();
			close();
			close();
			depth = 0;
			newLine();
			x.writeEndElement();
			x.writeEndDocument();
			x.close();
		} catch (XMLStreamException e) {
			throw new IllegalStateException("cannot write XML to a string", e);
		}
		return out + "\n";
	}

	private void header() throws XMLStreamException {
		open("THE-HEADER");
		open("REQ-IF-HEADER");
		x.writeAttribute("IDENTIFIER", identifier("header:" + report.modelName()));
		text("COMMENT", "AVPS compliance of " + report.modelName() + " (catalog: " + report.result().catalog().provenance() + "; profile: "
				+ report.result().profile().name() + ")");
		text("CREATION-TIME", time);
		text("REQ-IF-TOOL-ID", TOOL_ID);
		text("REQ-IF-VERSION", "1.0");
		text("SOURCE-TOOL-ID", GenerationContext.GENERATOR_VERSION);
		text("TITLE", "AVPS compliance of " + report.modelName());
		close();
		close();
	}

	/** The rules, model elements and files of the matrix, and the relations between them, each once. */
	private void collect(Map<String, Traced> traced, Map<String, String[]> relations) {
		for (Traceability.Trace trace : traceability.traces()) {
			String requirement = requirementId(trace.requirement());
			List<String> rules = new ArrayList<>();
			for (String rule : trace.rules()) {
				String id = identifier("rule:" + rule);
				traced.putIfAbsent(id, new Traced(id, T_RULE, rule, "AVP Studio validation rule " + rule));
				rules.add(id);
				relate(relations, Link.VERIFIED_BY, requirement, id);
			}
			List<String> elements = new ArrayList<>();
			for (String element : trace.elements()) {
				// the key leaves out where the element is written, which moves with every edit above it
				String name = element.replaceFirst(" \\([^()]*\\)$", "");
				String id = identifier("element:" + trace.vm() + "/" + name);
				traced.putIfAbsent(id, new Traced(id, T_ELEMENT, name, "VM " + trace.vm() + ": " + element));
				elements.add(id);
				for (String rule : rules.isEmpty() ? List.of(requirement) : rules) {
					relate(relations, Link.CHECKS, rule, id);
				}
			}
			for (String file : trace.files()) {
				String id = identifier("file:" + file);
				traced.putIfAbsent(id, new Traced(id, T_FILE, file, "generated file " + file));
				for (String element : elements) {
					relate(relations, Link.REALISED_BY, element, id);
				}
			}
		}
	}

	private static void relate(Map<String, String[]> relations, Link link, String source, String target) {
		relations.putIfAbsent(identifier("relation:" + link.name() + ":" + source + "->" + target),
				new String[] { link.identifier(), source, target });
	}

	private static String requirementId(Requirement requirement) {
		return identifier("requirement:" + requirement.id());
	}

	private void datatypes() throws XMLStreamException {
		open("DATATYPES");
		empty("DATATYPE-DEFINITION-STRING");
		identifiable(DT_STRING, "AVP text");
		x.writeAttribute("MAX-LENGTH", Integer.toString(MAX_LENGTH));
		enumeration(DT_LEVEL, "AVPS level", "level", java.util.Arrays.stream(RequirementLevel.values()).map(Enum::name).toList());
		enumeration(DT_STATUS, "AVPS status", "status", java.util.Arrays.stream(RequirementStatus.values()).map(RequirementStatus::label).toList());
		close();
	}

	private void enumeration(String id, String name, String kind, List<String> values) throws XMLStreamException {
		open("DATATYPE-DEFINITION-ENUMERATION");
		identifiable(id, name);
		open("SPECIFIED-VALUES");
		for (int i = 0; i < values.size(); i++) {
			open("ENUM-VALUE");
			identifiable(enumValue(kind, values.get(i)), values.get(i));
			open("PROPERTIES");
			empty("EMBEDDED-VALUE");
			x.writeAttribute("KEY", Integer.toString(i));
			x.writeAttribute("OTHER-CONTENT", values.get(i));
			close();
			close();
		}
		close();
		close();
	}

	private static String enumValue(String kind, String value) {
		return identifier("enum-value:" + kind + ":" + value);
	}

	private void specTypes() throws XMLStreamException {
		open("SPEC-TYPES");
		specObjectType(T_REQUIREMENT, "AVPS requirement", requirementAttributes());
		specObjectType(T_RULE, "AVP Studio rule", tracedAttributes("rule"));
		specObjectType(T_ELEMENT, "AVP model element", tracedAttributes("model-element"));
		specObjectType(T_FILE, "Generated file", tracedAttributes("generated-file"));
		for (Link link : Link.values()) {
			empty("SPEC-RELATION-TYPE");
			identifiable(link.identifier(), link.name);
			x.writeAttribute("DESC", link.description);
		}
		empty("SPECIFICATION-TYPE");
		identifiable(T_SPECIFICATION, "AVPS compliance");
		close();
	}

	private void specObjectType(String id, String name, List<Attribute> attributes) throws XMLStreamException {
		open("SPEC-OBJECT-TYPE");
		identifiable(id, name);
		open("SPEC-ATTRIBUTES");
		for (Attribute a : attributes) {
			String kind = a.enumeration() ? "ENUMERATION" : "STRING";
			open("ATTRIBUTE-DEFINITION-" + kind);
			identifiable(a.identifier(), a.name());
			if (a.enumeration()) {
				x.writeAttribute("MULTI-VALUED", "false");
			}
			open("TYPE");
			text("DATATYPE-DEFINITION-" + kind + "-REF", a.datatype());
			close();
			close();
		}
		close();
		close();
	}

	private void specObjects(Iterable<Traced> traced) throws XMLStreamException {
		open("SPEC-OBJECTS");
		List<Attribute> attributes = requirementAttributes();
		List<ComplianceReport.Row> rows = report.rows();
		for (Requirement r : report.result().catalog().requirements()) {
			List<String> values = new ArrayList<>(List.of(r.id(), r.title(), r.chapter() + " " + r.sectionTitle(), r.summary(), r.id(),
					r.level().name(), r.citation() + " " + r.sectionTitle(), r.title(), r.summary(), provenance(r), r.source().describe(),
					r.disputed() ? r.disputedLevel().name() : "",
					report.platformRow(r).status().label()));
			for (VirtualMachine vm : report.platform().vms()) {
				values.add(rows.stream().filter(row -> row.requirement().equals(r) && row.vm().equals(vm.getName())).findFirst()
						.orElseThrow().status().label());
			}
			specObject(requirementId(r), r.id(), T_REQUIREMENT, attributes, values);
		}
		for (Traced t : traced) {
			String type = t.type().equals(T_RULE) ? "rule" : t.type().equals(T_ELEMENT) ? "model-element" : "generated-file";
			specObject(t.identifier(), t.name(), t.type(), tracedAttributes(type), List.of(t.name(), t.name(), t.text()));
		}
		close();
	}

	private static String provenance(Requirement r) {
		String note = r.evidenceNote() == null || r.evidenceNote().isBlank() ? "" : ": " + r.evidenceNote();
		return r.evidence().label() + note;
	}

	private void specObject(String id, String name, String type, List<Attribute> attributes, List<String> values) throws XMLStreamException {
		open("SPEC-OBJECT");
		identifiable(id, name);
		open("VALUES");
		for (int i = 0; i < attributes.size(); i++) {
			Attribute a = attributes.get(i);
			String value = values.get(i) == null ? "" : values.get(i);
			if (a.enumeration()) {
				open("ATTRIBUTE-VALUE-ENUMERATION");
				open("DEFINITION");
				text("ATTRIBUTE-DEFINITION-ENUMERATION-REF", a.identifier());
				close();
				open("VALUES");
				text("ENUM-VALUE-REF", enumValue(a.datatype().equals(DT_LEVEL) ? "level" : "status", value));
				close();
				close();
			} else {
				open("ATTRIBUTE-VALUE-STRING");
				x.writeAttribute("THE-VALUE", value.length() > MAX_LENGTH ? value.substring(0, MAX_LENGTH) : value);
				open("DEFINITION");
				text("ATTRIBUTE-DEFINITION-STRING-REF", a.identifier());
				close();
				close();
			}
		}
		close();
		open("TYPE");
		text("SPEC-OBJECT-TYPE-REF", type);
		close();
		close();
	}

	private void specRelations(Map<String, String[]> relations) throws XMLStreamException {
		open("SPEC-RELATIONS");
		for (Map.Entry<String, String[]> relation : relations.entrySet()) {
			open("SPEC-RELATION");
			identifiable(relation.getKey(), null);
			open("SOURCE");
			text("SPEC-OBJECT-REF", relation.getValue()[1]);
			close();
			open("TARGET");
			text("SPEC-OBJECT-REF", relation.getValue()[2]);
			close();
			open("TYPE");
			text("SPEC-RELATION-TYPE-REF", relation.getValue()[0]);
			close();
			close();
		}
		close();
	}

	private void specification() throws XMLStreamException {
		open("SPECIFICATIONS");
		open("SPECIFICATION");
		identifiable(identifier("specification:" + report.modelName()), "AVPS compliance of " + report.modelName());
		open("TYPE");
		text("SPECIFICATION-TYPE-REF", T_SPECIFICATION);
		close();
		open("CHILDREN");
		for (Requirement r : report.result().catalog().requirements()) {
			open("SPEC-HIERARCHY");
			identifiable(identifier("hierarchy:" + r.id()), null);
			open("OBJECT");
			text("SPEC-OBJECT-REF", requirementId(r));
			close();
			close();
		}
		close();
		close();
		close();
	}

	private void identifiable(String id, String longName) throws XMLStreamException {
		x.writeAttribute("IDENTIFIER", id);
		x.writeAttribute("LAST-CHANGE", time);
		if (longName != null) {
			x.writeAttribute("LONG-NAME", longName);
		}
	}

	private void text(String element, String value) throws XMLStreamException {
		newLine();
		x.writeStartElement(NAMESPACE, element);
		x.writeCharacters(value);
		x.writeEndElement();
	}

	/** Two spaces per level, so that two exports can be compared line by line. */
	private void newLine() throws XMLStreamException {
		x.writeCharacters("\n" + "  ".repeat(depth));
	}

	private void open(String element) throws XMLStreamException {
		newLine();
		x.writeStartElement(NAMESPACE, element);
		depth++;
	}

	private void close() throws XMLStreamException {
		depth--;
		newLine();
		x.writeEndElement();
	}

	private void empty(String element) throws XMLStreamException {
		newLine();
		x.writeEmptyElement(NAMESPACE, element);
	}
}
