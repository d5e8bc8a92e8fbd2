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
		List<String> lines = new ArrayList<>();
		lines.add("# The AVP metamodel (" + pkg.getAttribute("nsURI") + ")");
		lines.add("");
		lines.add("Generated from `model/avp.ecore` by `tools/MetamodelDiagram.java`; do not edit by hand.");
		lines.add("Solid diamonds are containment, plain arrows references, hollow triangles inheritance.");
		lines.add("");
		lines.add("```mermaid");
		lines.add("classDiagram");
		List<String> edges = new ArrayList<>();
		NodeList classifiers = pkg.getElementsByTagName("eClassifiers");
		for (int i = 0; i < classifiers.getLength(); i++) {
			Element c = (Element) classifiers.item(i);
			String name = c.getAttribute("name");
			if (c.getAttribute("xsi:type").equals("ecore:EEnum")) {
				continue; // enumerations are listed as attribute types
			}
			lines.add("  class " + name + " {");
			if ("true".equals(c.getAttribute("abstract"))) {
				lines.add("    <<abstract>>");
			}
			for (String superType : c.getAttribute("eSuperTypes").split(" ")) {
				if (!superType.isBlank()) {
					edges.add("  " + local(superType) + " <|-- " + name);
				}
			}
			NodeList features = c.getElementsByTagName("eStructuralFeatures");
			for (int j = 0; j < features.getLength(); j++) {
				Element f = (Element) features.item(j);
				String type = local(f.getAttribute("eType"));
				String many = "-1".equals(f.getAttribute("upperBound")) ? "[*]" : "";
				if (f.getAttribute("xsi:type").equals("ecore:EAttribute")) {
					lines.add("    " + type + many + " " + f.getAttribute("name"));
				} else {
					String arrow = "true".equals(f.getAttribute("containment")) ? " *-- " : " --> ";
					edges.add("  " + name + arrow + "\"" + (many.isEmpty() ? "0..1" : "*") + "\" " + type + " : "
							+ f.getAttribute("name"));
				}
			}
			lines.add("  }");
		}
		lines.addAll(edges);
		lines.add("```");
		Files.write(Path.of(args[1]), lines);
	}

	private static String local(String typeRef) {
		String ref = typeRef.substring(typeRef.lastIndexOf('/') + 1);
		return ref.startsWith("E") && typeRef.contains("Ecore#") ? ref.substring(1) : ref;
	}
}
