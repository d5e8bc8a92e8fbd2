// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
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
	private static final Pattern DOCTYPE = Pattern.compile("<!DOCTYPE", Pattern.CASE_INSENSITIVE);
	private static final Pattern DECLARATION = Pattern.compile("<\\?xml\\s[^?]*\\?>");

	private LocatedXml() {
	}

	/** The file's root elements as children of one element. */
	public static Element read(Path file, String content) throws ImportException {
		refuseDoctype(file, content);
		try {
			Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().newDocument();
			Builder builder = new Builder(file, document);
			parser().parse(new InputSource(new StringReader(WRAPPER + blankDeclarations(content) + "</avp-import>")), builder);
			return document.getDocumentElement();
		} catch (SAXParseException e) {
			int column = e.getLineNumber() == 1 ? Math.max(1, e.getColumnNumber() - WRAPPER.length()) : e.getColumnNumber();
			throw new ImportException(file + ":" + e.getLineNumber() + ":" + column + ": not well-formed XML: " + e.getMessage());
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
		Matcher doctype = DOCTYPE.matcher(content);
		if (doctype.find()) {
			String before = content.substring(0, doctype.start());
			int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
			int column = doctype.start() - before.lastIndexOf('\n');
			throw new ImportException(file + ":" + line + ":" + column
					+ ": a DOCTYPE is refused: no DTD, entity or external reference is read from an imported file");
		}
	}

	// XML declarations of the second and later documents; replaced by blanks so lines and columns stay
	private static String blankDeclarations(String content) {
		return DECLARATION.matcher(content).replaceAll(m -> " ".repeat(m.group().length()));
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
		parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
		parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
		return parser;
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
			int column = line == 1 ? Math.max(1, locator.getColumnNumber() - WRAPPER.length()) : locator.getColumnNumber();
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
