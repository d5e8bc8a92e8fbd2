// SPDX-License-Identifier: EPL-2.0
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Draws the AVP metamodel from avp.ecore as a Mermaid class diagram (rendered as a picture by GitHub, GitLab
 * and most Markdown viewers): classes with their attributes, inheritance, containment and references.
 * Run: java bundles/org.avpstudio.model/tools/MetamodelDiagram.java bundles/org.avpstudio.model/model/avp.ecore
 * bundles/org.avpstudio.model/doc/metamodel.md  (JDK 21+, no other dependency).
 */
public class MetamodelDiagram {

	public static void main(String[] args) throws Exception {
		if (args.length != 2) {
			System.err.println("usage: java MetamodelDiagram.java <avp.ecore> <out.md>");
			System.exit(2);
		}
		Element pkg = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(Path.of(args[0]).toFile())
				.getDocumentElement();
		List<Element> classes = new ArrayList<>();
		NodeList classifiers = pkg.getElementsByTagName("eClassifiers");
		for (int i = 0; i < classifiers.getLength(); i++) {
			Element c = (Element) classifiers.item(i);
			if (!c.getAttribute("xsi:type").equals("ecore:EEnum")) {
				classes.add(c); // enumerations are shown as attribute types
			}
		}
		List<String> lines = new ArrayList<>();
		lines.add("# The AVP metamodel (" + pkg.getAttribute("nsURI") + ")");
		lines.add("");
		lines.add("Generated from `model/avp.ecore` by `tools/MetamodelDiagram.java`; do not edit by hand. Three views keep");
		lines.add("each picture readable: the platform, the VIRTIO devices, the back-ends. Solid diamonds are containment,");
		lines.add("arrows references, hollow triangles inheritance; a reference to a class of another view is listed as a member.");
		diagram(lines, "Platform, hardware, VMs and channels", "TB", classes, c -> !isDevice(c, classes) && !isBackend(c, classes));
		diagram(lines, "VIRTIO devices (one class per AVPS device area)", "LR", classes, c -> isDevice(c, classes) || name(c).equals("VirtioDevice"));
		diagram(lines, "Back-ends", "TB", classes, c -> isBackend(c, classes));
		Files.write(Path.of(args[1]), lines);
	}

	private static void diagram(List<String> lines, String title, String direction, List<Element> all,
			java.util.function.Predicate<Element> member) {
		java.util.Set<String> names = new java.util.HashSet<>();
		all.stream().filter(member).forEach(c -> names.add(name(c)));
		lines.add("");
		lines.add("## " + title);
		lines.add("");
		lines.add("```mermaid");
		lines.add("classDiagram");
		lines.add("  direction " + direction);
		List<String> edges = new ArrayList<>();
		for (Element c : all) {
			if (!names.contains(name(c))) {
				continue;
			}
			lines.add("  class " + name(c) + " {");
			if ("true".equals(c.getAttribute("abstract"))) {
				lines.add("    <<abstract>>");
			}
			for (String superType : c.getAttribute("eSuperTypes").split(" ")) {
				if (!superType.isBlank()) {
					if (names.contains(local(superType))) {
						edges.add("  " + local(superType) + " <|-- " + name(c));
					} else {
						lines.add("    extends " + local(superType));
					}
				}
			}
			NodeList features = c.getElementsByTagName("eStructuralFeatures");
			for (int j = 0; j < features.getLength(); j++) {
				Element f = (Element) features.item(j);
				String type = local(f.getAttribute("eType"));
				String many = "-1".equals(f.getAttribute("upperBound")) ? "[*]" : "";
				boolean reference = f.getAttribute("xsi:type").equals("ecore:EReference");
				if (reference && names.contains(type)) {
					String arrow = "true".equals(f.getAttribute("containment")) ? " *-- " : " --> ";
					edges.add("  " + name(c) + arrow + "\"" + (many.isEmpty() ? "0..1" : "*") + "\" " + type + " : " + f.getAttribute("name"));
				} else {
					lines.add("    " + (reference ? "&rarr;" : "") + type + many + " " + f.getAttribute("name"));
				}
			}
			lines.add("  }");
		}
		lines.addAll(edges);
		lines.add("```");
	}

	private static String name(Element c) {
		return c.getAttribute("name");
	}

	private static boolean inherits(Element c, String ancestor, List<Element> all) {
		for (String superType : c.getAttribute("eSuperTypes").split(" ")) {
			String s = superType.isBlank() ? null : local(superType);
			if (s != null && (s.equals(ancestor)
					|| all.stream().filter(o -> name(o).equals(s)).anyMatch(o -> inherits(o, ancestor, all)))) {
				return true;
			}
		}
		return false;
	}

	private static boolean isDevice(Element c, List<Element> all) {
		return inherits(c, "VirtioDevice", all) || name(c).equals("QueueConfig") || name(c).equals("SoundStream");
	}

	private static boolean isBackend(Element c, List<Element> all) {
		return name(c).equals("Backend") || inherits(c, "Backend", all);
	}

	private static String local(String typeRef) {
		String ref = typeRef.substring(typeRef.lastIndexOf('/') + 1);
		return ref.startsWith("E") && typeRef.contains("Ecore#") ? ref.substring(1) : ref;
	}
}
