// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.model.Platform;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * AUTOSAR XML (ARXML, R4.x namespace {@code http://autosar.org/schema/r4.0}): Adaptive machines and their designs,
 * Ethernet clusters, hardware elements; Classic ECU instances are reported as candidates. The files of one import are
 * parsed one by one and mapped together in {@link #finish}, so that a reference (an AUTOSAR path) may name an element
 * of any of them.
 */
public final class ArxmlImporter implements Importer {

	/** The namespace of every R4.x and R1x release (the release is told by the schema file). */
	public static final String NAMESPACE = "http://autosar.org/schema/r4.0";

	private static final Pattern AUTOSAR_ROOT = Pattern.compile("\\A\\uFEFF?(\\s|<\\?xml[^>]*>|<!--.*?-->)*<([A-Za-z_][\\w.-]*:)?AUTOSAR[\\s>]",
			Pattern.DOTALL);
	private static final Pattern SCHEMA_FILE = Pattern.compile("(?i)AUTOSAR_([0-9A-Za-z-]+)\\.xsd");

	@Override
	public String id() {
		return "arxml";
	}

	@Override
	public boolean detects(String content) {
		return AUTOSAR_ROOT.matcher(content).lookingAt();
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		parse(file, content).addTo(platform, report);
		finish(platform, report);
	}

	/** Parsed and checked here (namespace, root); mapped in {@link #finish} with the other ARXML files of the import. */
	@Override
	public Parsed parse(Path file, String content) throws ImportException {
		// a byte-order mark: a blank, so that columns stay
		String text = !content.isEmpty() && content.charAt(0) == '\uFEFF' ? " " + content.substring(1) : content;
		Element roots = LocatedXml.read(file, text);
		Element root = null;
		for (Node n = roots.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e) {
				if (root != null) {
					throw new ImportException(LocatedXml.at(e).exact() + ": a second root element <" + e.getTagName()
							+ ">; an ARXML file has one <AUTOSAR> root");
				}
				root = e;
			}
		}
		if (root == null || !localName(root.getTagName()).equals("AUTOSAR")) {
			throw new ImportException((root == null ? file + ":1:1" : LocatedXml.at(root).exact()) + ": not an ARXML file: the root element must be <AUTOSAR>");
		}
		if (root.getTagName().contains(":")) {
			throw new ImportException(LocatedXml.at(root).exact() + ": <" + root.getTagName()
					+ "> with a namespace prefix is not read; write the AUTOSAR namespace as the default (xmlns=\"" + NAMESPACE + "\"), as AUTOSAR tools do");
		}
		String namespace = root.getAttribute("xmlns");
		if (namespace.startsWith("http://autosar.org/3") || namespace.matches("http://autosar.org/schema/r3.*")) {
			throw new ImportException(LocatedXml.at(root).exact() + ": AUTOSAR 3 (namespace " + namespace
					+ ") is not supported: only AUTOSAR R4.x and later files (namespace " + NAMESPACE
					+ ") are read; convert the file to R4.x with your AUTOSAR tool and import that");
		}
		if (!namespace.equals(NAMESPACE)) {
			throw new ImportException(LocatedXml.at(root).exact() + ": <AUTOSAR> in namespace '" + namespace + "': only " + NAMESPACE
					+ " (AUTOSAR R4.x and later) is read; give xmlns=\"" + NAMESPACE + "\"");
		}
		Element autosar = root;
		return (platform, report) -> Files.of(platform).files.add(autosar);
	}

	/** Maps every ARXML file the import added, together, and forgets them. */
	@Override
	public void finish(Platform platform, ImportReport report) throws ImportException {
		Files files = (Files) platform.eAdapters().stream().filter(Files.class::isInstance).findFirst().orElse(null);
		if (files == null) {
			return;
		}
		platform.eAdapters().remove(files);
		try {
			new ArxmlMapping(platform, report).map(files.files);
		} catch (IllegalArgumentException bad) {
			throw new ImportException(bad.getMessage()); // thrown with the file:line:column of the element
		}
	}

	/** The release a root's {@code xsi:schemaLocation} names ({@code R22-11}), or the schema file's own name, or null. */
	static String release(Element root) {
		String location = root.getAttribute("xsi:schemaLocation");
		Matcher m = SCHEMA_FILE.matcher(location);
		if (!m.find()) {
			return null;
		}
		String release = switch (m.group(1)) {
		case "00042" -> "R17-03";
		case "00043" -> "R17-10";
		case "00044" -> "R18-03";
		case "00045" -> "R18-10 (Adaptive)";
		case "00046" -> "R18-10";
		case "00047" -> "R19-03";
		case "00048" -> "R19-11";
		case "00049" -> "R20-11";
		case "00050" -> "R21-11";
		case "00051" -> "R22-11";
		case "00052" -> "R23-11";
		case "00053" -> "R24-11";
		case "00054" -> "R25-11";
		default -> null;
		};
		return release != null ? release : m.group(0);
	}

	private static String localName(String tag) {
		return tag.substring(tag.indexOf(':') + 1);
	}

	/** The ARXML roots of one import, kept on the platform until {@link #finish}. */
	private static final class Files extends AdapterImpl {
		final List<Element> files = new ArrayList<>();

		static Files of(Platform platform) {
			Files files = (Files) platform.eAdapters().stream().filter(Files.class::isInstance).findFirst().orElse(null);
			if (files == null) {
				files = new Files();
				platform.eAdapters().add(files);
			}
			return files;
		}
	}
}
