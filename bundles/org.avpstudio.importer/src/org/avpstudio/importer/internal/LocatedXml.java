// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Pattern;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.SourcePosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * An XML file read into a DOM whose elements know where they start ({@link #at}). Hardened: no DOCTYPE (so no
 * entities, no billion laughs), no external entity, DTD or XInclude, nothing read from the network or the disk.
 * Several root elements one after another (concatenated {@code virsh dumpxml} output) are read as siblings.
 */
public final class LocatedXml {

	private static final String POSITION = "avp.position";
	private static final String WRAPPER = "<avp-import>";
	private static final Pattern DECLARATION = Pattern.compile("<\\?xml\\s[^?]*\\?>");

	/** One configured parser and document builder per thread, reused: making them anew looks up the JDK's XML services each time. */
	private static final ThreadLocal<Tools> TOOLS = new ThreadLocal<>();

	private record Tools(javax.xml.parsers.SAXParser parser, javax.xml.parsers.DocumentBuilder documents) {
	}

	private LocatedXml() {
	}

	/** The file's root elements as children of one element. */
	public static Element read(Path file, String content) throws ImportException {
		refuseDoctype(file, content);
		try {
			Tools tools = tools();
			Document document = tools.documents().newDocument();
			Builder builder = new Builder(file, document);
			try {
				tools.parser().parse(new InputSource(new StringReader(WRAPPER + blankDeclarations(content) + "</avp-import>")), builder);
			} finally {
				tools.parser().reset();
				closeExternalAccess(tools.parser());
			}
			return document.getDocumentElement();
		} catch (SAXParseException e) {
			int column = Math.max(1, e.getLineNumber() == 1 ? e.getColumnNumber() - WRAPPER.length() : e.getColumnNumber());
			throw new ImportException(file + ":" + Math.max(1, e.getLineNumber()) + ":" + column + ": not well-formed XML: " + e.getMessage());
		} catch (SAXException | IOException | ParserConfigurationException e) {
			throw new ImportException(file + ": cannot be read as XML: " + e.getMessage());
		}
	}

	/** Where {@code element} starts. */
	public static SourcePosition at(Element element) {
		return (SourcePosition) element.getUserData(POSITION);
	}

	// found before parsing: inside the wrapper element a DOCTYPE would only be a confusing syntax error
	private static void refuseDoctype(Path file, String content) throws ImportException {
		for (int at = content.indexOf("<!"); at >= 0; at = content.indexOf("<!", at + 2)) {
			if (content.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
				String before = content.substring(0, at);
				int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
				int column = at - before.lastIndexOf('\n');
				throw new ImportException(file + ":" + line + ":" + column
						+ ": a DOCTYPE is refused: no DTD, entity or external reference is read from an imported file");
			}
		}
	}

	// XML declarations of the second and later documents; replaced by blanks so lines and columns stay
	private static String blankDeclarations(String content) {
		return content.contains("<?xml") ? DECLARATION.matcher(content).replaceAll(m -> " ".repeat(m.group().length())) : content;
	}

	private static Tools tools() throws ParserConfigurationException, SAXException {
		Tools tools = TOOLS.get();
		if (tools == null) {
			tools = new Tools(parser(), DocumentBuilderFactory.newInstance().newDocumentBuilder());
			TOOLS.set(tools);
		}
		return tools;
	}

	private static javax.xml.parsers.SAXParser parser() throws ParserConfigurationException, SAXException {
		SAXParserFactory factory = SAXParserFactory.newInstance();
		factory.setNamespaceAware(false);
		factory.setValidating(false);
		factory.setXIncludeAware(false);
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
		factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
		factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
		factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
		javax.xml.parsers.SAXParser parser = factory.newSAXParser();
		closeExternalAccess(parser);
		return parser;
	}

	// properties of the parser, not of its factory: set again after each reset
	private static void closeExternalAccess(javax.xml.parsers.SAXParser parser) throws SAXException {
		parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
	}

	private static final class Builder extends DefaultHandler {
		private final Path file;
		private final Document document;
		private final Deque<Element> open = new ArrayDeque<>();
		private Locator locator;

		Builder(Path file, Document document) {
			this.file = file;
			this.document = document;
		}

		@Override
		public void setDocumentLocator(Locator locator) {
			this.locator = locator;
		}

		@Override
		public void startElement(String uri, String localName, String qName, Attributes attributes) {
			Element element = document.createElement(qName);
			for (int i = 0; i < attributes.getLength(); i++) {
				element.setAttribute(attributes.getQName(i), attributes.getValue(i));
			}
			int line = locator.getLineNumber();
			// Xerces may give column 0 after a lone CR line break
			int column = Math.max(1, line == 1 ? locator.getColumnNumber() - WRAPPER.length() : locator.getColumnNumber());
			element.setUserData(POSITION, new SourcePosition(file, line, column), null);
			if (open.isEmpty()) {
				document.appendChild(element);
			} else {
				open.peek().appendChild(element);
			}
			open.push(element);
		}

		@Override
		public void endElement(String uri, String localName, String qName) {
			open.pop();
		}

		@Override
		public void characters(char[] ch, int start, int length) {
			open.peek().appendChild(document.createTextNode(new String(ch, start, length)));
		}

		@Override
		public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
			throw new SAXException("external entity '" + systemId + "' refused");
		}
	}
}
