// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.xml.parsers.DocumentBuilderFactory;

import org.avpstudio.model.AvpPackage;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.junit.BeforeClass;
import org.junit.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The Sirius viewpoint (bundles/org.avpstudio.sirius, built only with -Psirius) names domain classes, features
 * and references of avp.ecore in its mappings, label expressions and creation tools; every one must exist, with the
 * right owner, so that the viewpoint keeps working as the metamodel evolves.
 */
public class SiriusViewpointTest {

	private static final Pattern SELF_FEATURE = Pattern.compile("\\bself\\.([a-zA-Z]+)\\b(?!\\()");
	private static Document odesign;
	private final List<String> problems = new ArrayList<>();

	@BeforeClass
	public static void read() throws Exception {
		File file = new File(System.getProperty("avp.sirius", "../../bundles/org.avpstudio.sirius/description/avp.odesign"));
		assertTrue("viewpoint specification at " + file.getAbsolutePath(), file.isFile());
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setNamespaceAware(true);
		odesign = factory.newDocumentBuilder().parse(file);
	}

	@Test
	public void everyDomainClassFeatureAndReferenceExistsInTheMetamodel() {
		Element diagram = first(odesign.getDocumentElement(), "ownedRepresentations");
		assertNotNull(diagram);
		EClass platform = eClass(diagram.getAttribute("domainClass"));
		assertEquals("the diagram shows a Platform", AvpPackage.Literals.PLATFORM, platform);
		walk(diagram, platform);
		assertTrue(String.join("\n", problems), problems.isEmpty());
	}

	@Test
	public void theCheckFindsAWrongName() {
		walkExpression("feature:virtualMachine", AvpPackage.Literals.PLATFORM, "test");
		assertEquals(List.of("test: Platform has no feature 'virtualMachine'"), problems);
	}

	private void walk(Element element, EClass context) {
		EClass own = context;
		String domainClass = element.getAttribute("domainClass");
		if (!domainClass.isEmpty() && !element.getLocalName().equals("ownedRepresentations")) {
			walkExpression(element.getAttribute("semanticCandidatesExpression"), context, element.getAttribute("name"));
			own = eClass(domainClass);
			if (own == null) {
				problems.add(element.getAttribute("name") + ": no class " + domainClass + " in avp.ecore");
				return;
			}
			walkExpression(element.getAttribute("sourceFinderExpression"), own, element.getAttribute("name"));
			walkExpression(element.getAttribute("targetFinderExpression"), own, element.getAttribute("name"));
		}
		walkExpression(element.getAttribute("labelExpression"), own, element.getLocalName());
		if ("CreateInstance".equals(typeOf(element))) {
			own = checkCreateInstance(element);
			if (own == null) {
				return;
			}
		}
		if ("SetValue".equals(typeOf(element)) && own.getEStructuralFeature(element.getAttribute("featureName")) == null) {
			problems.add("SetValue: " + own.getName() + " has no feature '" + element.getAttribute("featureName") + "'");
		}
		for (Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element childElement) {
				walk(childElement, own);
			}
		}
	}

	private EClass checkCreateInstance(Element element) {
		EClass created = eClass(element.getAttribute("typeName"));
		if (created == null) {
			problems.add("CreateInstance: no class " + element.getAttribute("typeName"));
			return null;
		}
		String reference = element.getAttribute("referenceName");
		boolean found = false;
		for (EClassifier classifier : AvpPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass owner && owner.getEStructuralFeature(reference) instanceof EReference ref && ref.isContainment()
					&& ref.getEReferenceType().isSuperTypeOf(created)) {
				found = true;
			}
		}
		if (!found) {
			problems.add("CreateInstance: no containment '" + reference + "' holds a " + created.getName());
		}
		return created;
	}

	private static String typeOf(Element element) {
		String type = element.getAttributeNS("http://www.w3.org/2001/XMLSchema-instance", "type");
		return type.contains(":") ? type.substring(type.indexOf(':') + 1) : type;
	}

	private void walkExpression(String expression, EClass context, String where) {
		if (expression == null || expression.isEmpty()) {
			return;
		}
		if (expression.startsWith("feature:")) {
			String feature = expression.substring("feature:".length());
			if (context.getEStructuralFeature(feature) == null) {
				problems.add(where + ": " + context.getName() + " has no feature '" + feature + "'");
			}
			return;
		}
		Matcher avpClass = Pattern.compile("avp::([A-Za-z]+)").matcher(expression);
		while (avpClass.find()) {
			if (eClass("avp::" + avpClass.group(1)) == null) {
				problems.add(where + ": no class avp::" + avpClass.group(1));
			}
		}
		if (expression.startsWith("aql:")) {
			Matcher self = SELF_FEATURE.matcher(expression);
			while (self.find()) {
				EStructuralFeature feature = context.getEStructuralFeature(self.group(1));
				if (feature == null) {
					problems.add(where + ": " + context.getName() + " has no feature '" + self.group(1) + "' (" + expression + ")");
				}
			}
		}
	}

	private static EClass eClass(String qualified) {
		if (!qualified.startsWith("avp::")) {
			return null;
		}
		return AvpPackage.eINSTANCE.getEClassifier(qualified.substring("avp::".length())) instanceof EClass c ? c : null;
	}

	private static Element first(Element parent, String localName) {
		for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
			if (child instanceof Element element) {
				if (localName.equals(element.getLocalName())) {
					return element;
				}
				Element nested = first(element, localName);
				if (nested != null) {
					return nested;
				}
			}
		}
		return null;
	}
}
