// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The requirements of a ReqIF document (OMG ReqIF 1.0/1.2, as requirements tools export it): every SPEC-OBJECT with
 * its identifier, where it is written, and its attribute values by the LONG-NAME of their definition (XHTML values as
 * plain text, enumeration values by their LONG-NAME, an attribute definition's default where the object gives no
 * value). A {@code .reqifz} is read as the zip it is: each {@code .reqif} entry in it, in order. Hardened: a DOCTYPE
 * is refused (no entity of any kind is expanded) and a zip may not unpack to more than {@link #MAX_BYTES}.
 */
public final class ReqIfDocument {

	/** Most bytes a .reqifz may unpack to. */
	public static final long MAX_BYTES = 256L * 1024 * 1024;

	/** One SPEC-OBJECT: {@code file} names the zip entry for a .reqifz ({@code a.reqifz!/b.reqif}). */
	public record SpecObject(String identifier, String file, int line, int column, Map<String, String> values) {
		public String where() {
			return file + ":" + line + ":" + column;
		}
	}

	/** A document that cannot be read, with file:line:column and how to fix it. */
	public static final class Malformed extends Exception {
		private static final long serialVersionUID = 1L;

		Malformed(String message) {
			super(message);
		}
	}

	private final List<SpecObject> objects = new ArrayList<>();

	private ReqIfDocument() {
	}

	public List<SpecObject> objects() {
		return objects;
	}

	/** Reads {@code bytes}, a .reqif or (by its content) a .reqifz named {@code file}. */
	public static ReqIfDocument read(String file, byte[] bytes) throws Malformed {
		ReqIfDocument document = new ReqIfDocument();
		if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
			int documents = 0;
			long total = 0;
			try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
				for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
					if (entry.isDirectory() || !entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".reqif")) {
						continue; // attachments (images, OLE objects) travel beside the documents
					}
					byte[] content = bounded(zip, MAX_BYTES - total, file);
					total += content.length;
					new Parser(document, file + "!/" + entry.getName()).parse(content);
					documents++;
				}
			} catch (ZipException e) {
				throw new Malformed(file + ":1:1: the .reqifz archive is damaged (" + e.getMessage()
						+ "). Export the document again, or unpack it and pass the .reqif file");
			} catch (IOException e) {
				throw new Malformed(file + ":1:1: the .reqifz archive cannot be read (" + e.getMessage() + ")");
			}
			if (documents == 0) {
				throw new Malformed(file + ":1:1: the .reqifz archive holds no .reqif document. A .reqifz is a zip with one or more .reqif files");
			}
		} else {
			new Parser(document, file).parse(bytes);
		}
		return document;
	}

	private static byte[] bounded(InputStream in, long limit, String file) throws IOException, Malformed {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] buffer = new byte[65536];
		for (int n; (n = in.read(buffer)) > 0;) {
			if (out.size() + (long) n > limit) {
				throw new Malformed(file + ":1:1: the .reqifz archive unpacks to more than " + (MAX_BYTES >> 20)
						+ " MiB; a requirement catalog is far smaller. Pass the .reqif of the specification alone");
			}
			out.write(buffer, 0, n);
		}
		return out.toByteArray();
	}

	/** One pass over one .reqif with StAX. */
	private static final class Parser {
		private final ReqIfDocument document;
		private final String file;
		private final Map<String, String> definitionNames = new HashMap<>();
		private final Map<String, String> enumNames = new HashMap<>();
		private final Map<String, String> defaults = new HashMap<>();
		private final List<Map.Entry<SpecObject, Map<String, String>>> pending = new ArrayList<>();
		private XMLStreamReader x;

		Parser(ReqIfDocument document, String file) {
			this.document = document;
			this.file = file;
		}

		void parse(byte[] bytes) throws Malformed {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			factory.setProperty(XMLInputFactory.IS_COALESCING, true);
			try {
				x = factory.createXMLStreamReader(new ByteArrayInputStream(bytes));
				boolean root = true;
				while (x.hasNext()) {
					int event = x.next();
					if (event == XMLStreamConstants.DTD) {
						throw located("the document declares a DOCTYPE, which ReqIF does not use and AVP Studio does not read",
								"Remove the <!DOCTYPE ...> declaration");
					}
					if (event != XMLStreamConstants.START_ELEMENT) {
						continue;
					}
					String name = x.getLocalName();
					if (root) {
						if (!name.equals("REQ-IF")) {
							throw located("this is no ReqIF document: its root element is <" + name + ">, not <REQ-IF>",
									"Pass a .reqif or .reqifz exported by a requirements tool, or a CSV catalog");
						}
						root = false;
					} else if (name.startsWith("ATTRIBUTE-DEFINITION-") && !name.endsWith("-REF")) {
						attributeDefinition(name);
					} else if (name.equals("ENUM-VALUE")) {
						enumNames.put(attribute("IDENTIFIER"), nameOf());
					} else if (name.equals("SPEC-OBJECT")) {
						specObject();
					}
				}
			} catch (XMLStreamException e) {
				Location at = e.getLocation();
				String message = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
				throw new Malformed(file + ":" + (at == null ? 1 : Math.max(1, at.getLineNumber())) + ":"
						+ (at == null ? 1 : Math.max(1, at.getColumnNumber())) + ": the ReqIF document is not well-formed XML: "
						+ message.strip() + ". Export it again from the requirements tool");
			}
			for (Map.Entry<SpecObject, Map<String, String>> p : pending) {
				Map<String, String> values = p.getKey().values();
				p.getValue().forEach((definition, value) -> values.put(definitionNames.getOrDefault(definition, definition), value));
				defaults.forEach((definition, value) -> values.putIfAbsent(definitionNames.getOrDefault(definition, definition), value));
				document.objects.add(p.getKey());
			}
		}

		private Malformed located(String problem, String fix) {
			Location at = x.getLocation();
			return new Malformed(file + ":" + at.getLineNumber() + ":" + at.getColumnNumber() + ": " + problem + ". " + fix);
		}

		private String attribute(String name) {
			String value = x.getAttributeValue(null, name);
			return value == null ? "" : value;
		}

		private String nameOf() {
			String longName = attribute("LONG-NAME");
			return longName.isEmpty() ? attribute("IDENTIFIER") : longName;
		}

		/** A definition inside SPEC-TYPES: its name, and its DEFAULT-VALUE if it has one. */
		private void attributeDefinition(String element) throws XMLStreamException {
			String identifier = attribute("IDENTIFIER");
			definitionNames.put(identifier, nameOf());
			int depth = 1;
			while (depth > 0) {
				int event = x.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (x.getLocalName().startsWith("ATTRIBUTE-VALUE-")) {
						Map<String, String> value = new LinkedHashMap<>();
						attributeValue(x.getLocalName(), value);
						if (!value.isEmpty()) {
							defaults.put(identifier, value.values().iterator().next());
						}
						continue;
					}
					depth++;
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
		}

		private void specObject() throws XMLStreamException {
			Location at = x.getLocation();
			SpecObject object = new SpecObject(attribute("IDENTIFIER"), file, at.getLineNumber(), at.getColumnNumber(), new LinkedHashMap<>());
			Map<String, String> byDefinition = new LinkedHashMap<>();
			String longName = attribute("LONG-NAME");
			int depth = 1;
			while (depth > 0) {
				int event = x.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					if (x.getLocalName().startsWith("ATTRIBUTE-VALUE-")) {
						attributeValue(x.getLocalName(), byDefinition);
						continue;
					}
					depth++;
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
				}
			}
			if (!longName.isEmpty()) {
				object.values().put("LONG-NAME", longName);
			}
			pending.add(Map.entry(object, byDefinition));
		}

		/** Reads one ATTRIBUTE-VALUE-* to its end, adding definition id -> text to {@code into}. */
		private void attributeValue(String element, Map<String, String> into) throws XMLStreamException {
			String simple = x.getAttributeValue(null, "THE-VALUE");
			String definition = null;
			StringBuilder text = new StringBuilder();
			List<String> enumRefs = new ArrayList<>();
			int depth = 1;
			boolean inXhtml = false;
			String inRef = null;
			while (depth > 0) {
				int event = x.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String name = x.getLocalName();
					if (name.startsWith("ATTRIBUTE-DEFINITION-") && name.endsWith("-REF")) {
						inRef = "definition";
					} else if (name.equals("ENUM-VALUE-REF")) {
						inRef = "enum";
					} else if (name.equals("THE-VALUE") || name.equals("THE-ORIGINAL-VALUE")) {
						inXhtml = name.equals("THE-VALUE");
					} else if (inXhtml && BLOCKS.contains(name) && text.length() > 0) {
						text.append(' ');
					}
				} else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					if (inRef != null) {
						String ref = x.getText().strip();
						if (inRef.equals("definition")) {
							definition = ref;
						} else {
							enumRefs.add(ref);
						}
					} else if (inXhtml) {
						text.append(x.getText());
					}
				} else if (event == XMLStreamConstants.END_ELEMENT) {
					depth--;
					String name = x.getLocalName();
					if (name.endsWith("-REF")) {
						inRef = null;
					} else if (name.equals("THE-VALUE") || name.equals("THE-ORIGINAL-VALUE")) {
						inXhtml = false;
					}
				}
			}
			if (definition == null) {
				return;
			}
			String value;
			if (element.equals("ATTRIBUTE-VALUE-ENUMERATION")) {
				List<String> names = new ArrayList<>();
				enumRefs.forEach(ref -> names.add(enumNames.getOrDefault(ref, ref)));
				value = String.join(", ", names);
			} else if (simple != null) {
				value = simple;
			} else {
				value = text.toString().replaceAll("\\s+", " ").strip();
			}
			into.put(definition, value);
		}

		private static final java.util.Set<String> BLOCKS = java.util.Set.of("p", "div", "br", "li", "tr", "td", "th", "h1", "h2",
				"h3", "h4", "h5", "h6", "pre", "blockquote");
	}
}
