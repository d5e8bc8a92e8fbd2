// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.internal;

import java.nio.file.Path;
import java.util.regex.Pattern;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.Importer;
import org.avpstudio.model.Platform;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** libvirt domain XML ({@code virsh dumpxml}): one VM per {@code <domain>}, several domains per file allowed. */
public final class LibvirtImporter implements Importer {

	private static final Pattern DOMAIN_ROOT = Pattern.compile("\\A(\\s|<\\?xml[^>]*>|<!--.*?-->|<!DOCTYPE[^\\[>]*(\\[.*?\\])?\\s*>)*<domain[\\s>]", Pattern.DOTALL);

	@Override
	public String id() {
		return "libvirt";
	}

	@Override
	public boolean detects(String content) {
		return DOMAIN_ROOT.matcher(content).lookingAt();
	}

	@Override
	public void read(Path file, String content, Platform platform, ImportReport report) throws ImportException {
		parse(file, content).addTo(platform, report);
	}

	/** The XML is parsed here, on any thread; the domains are mapped when it is added to the platform. */
	@Override
	public Parsed parse(Path file, String content) throws ImportException {
		Element roots = LocatedXml.read(file, content);
		return (platform, report) -> map(roots, platform, report);
	}

	private static void map(Element roots, Platform platform, ImportReport report) throws ImportException {
		XmlReading reading = new XmlReading();
		reading.take(roots);
		LibvirtDomain domains = new LibvirtDomain(platform, reading, report);
		for (Node n = roots.getFirstChild(); n != null; n = n.getNextSibling()) {
			if (n instanceof Element e && e.getTagName().equals("domain")) {
				try {
					domains.read(reading.take(e));
				} catch (IllegalArgumentException | ArithmeticException bad) {
					throw new ImportException(LocatedXml.at(e).exact() + ": domain cannot be read: " + bad.getMessage());
				}
			}
		}
		reading.reportUnread(roots, "no place in the AVP model", report);
	}
}
