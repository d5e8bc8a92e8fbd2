// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.SourcePosition;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * The reading of one XML tree: every element and attribute the mapping reads is marked, so that afterwards
 * everything that was not read is reported as left out ({@link #reportUnread}) and nothing is dropped silently.
 */
public final class XmlReading {

	private final Set<Element> read = new HashSet<>();
	private final Set<Attr> readAttributes = new HashSet<>();

	/** Marks {@code element} read (its text too) and returns it. */
	public Element take(Element element) {
		read.add(element);
		return element;
	}

	/** The first child named {@code name}, marked read, or null. */
	public Element child(Element parent, String name) {
		List<Element> all = children(parent, name);
		return all.isEmpty() ? null : take(all.get(0));
	}

	/** The children named {@code name}, marked read. */
	public List<Element> children(Element parent, String name) {
		List<Element> found = find(parent, name);
		found.forEach(this::take);
		return found;
	}

	/** The children named {@code name}, not marked: the mapping takes those it can place. */
	public List<Element> find(Element parent, String name) {
		List<Element> found = new ArrayList<>();
		for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals(name)) {
				found.add(e);
			}
		}
		return found;
	}

	/** The trimmed text of the child {@code name}, or null when there is none. */
	public String childText(Element parent, String name) {
		Element child = child(parent, name);
		return child == null ? null : child.getTextContent().trim();
	}

	/** The attribute's value, marked read, or null when absent. */
	public String attribute(Element element, String name) {
		Attr attribute = element.getAttributeNode(name);
		if (attribute == null) {
			return null;
		}
		readAttributes.add(attribute);
		return attribute.getValue();
	}

	/** True when the attribute has {@code value}; marks it read only then (another value is left out). */
	public boolean attributeIs(Element element, String name, String value) {
		Attr attribute = element.getAttributeNode(name);
		if (attribute != null && attribute.getValue().equals(value)) {
			readAttributes.add(attribute);
			return true;
		}
		return false;
	}

	/** Reports each element below {@code root} and each attribute of a read element that was not read. */
	public void reportUnread(Element root, String why, ImportReport report) {
		reportAttributes(root, why, report);
		for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				if (read.contains(e)) {
					reportUnread(e, why, report);
				} else {
					report.leftOut(LocatedXml.at(e), describe(e), why);
				}
			}
		}
	}

	private void reportAttributes(Element element, String why, ImportReport report) {
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr attribute = (Attr) attributes.item(i);
			if (!readAttributes.contains(attribute)) {
				report.leftOut(LocatedXml.at(element), "attribute " + attribute.getName() + "='" + attribute.getValue() + "' of <"
						+ element.getTagName() + ">", why);
			}
		}
	}

	/** {@code <name a='1'>text</name>} shortened to what a reader needs to find it. */
	public static String describe(Element element) {
		StringBuilder s = new StringBuilder("<").append(element.getTagName());
		NamedNodeMap attributes = element.getAttributes();
		for (int i = 0; i < attributes.getLength(); i++) {
			Attr a = (Attr) attributes.item(i);
			s.append(' ').append(a.getName()).append("='").append(a.getValue()).append('\'');
		}
		s.append('>');
		boolean hasChildren = false;
		for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
			hasChildren |= n instanceof Element;
		}
		String text = element.getTextContent().trim();
		if (hasChildren) {
			s.append(" with its content");
		} else if (!text.isEmpty()) {
			s.append(text.length() > 60 ? text.substring(0, 60) + "..." : text);
		}
		return s.toString();
	}

	public static SourcePosition at(Element element) {
		return LocatedXml.at(element);
	}
}
