// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.avpstudio.diagram.sprotty.ClientPalette;
import org.avpstudio.diagram.sprotty.DiagramClient;
import org.avpstudio.dsl.ide.AvpLanguage;
import org.avpstudio.dsl.services.AvpGrammarAccess;
import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.devices.DeviceKind;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.model.devices.PaletteEntry;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.ParserRule;
import org.junit.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;

/**
 * The device kinds are stated once, in the metamodel: the .avp grammar, the metamodel's device classes, the Java
 * registry and the diagram client's palette (the JSON the build generates and the script bundled from it) agree.
 */
public class DeviceFactsTest {

	/** Device class name to the keyword its grammar rule starts with, for every rule that makes a concrete device. */
	private static Map<String, String> grammarKeywords() {
		AvpGrammarAccess grammar = AvpLanguage.injector().getInstance(AvpGrammarAccess.class);
		Map<String, String> keywords = new TreeMap<>();
		for (ParserRule rule : GrammarUtil.allParserRules(grammar.getGrammar())) {
			if (!rule.isFragment() && rule.getType().getClassifier() instanceof EClass type && !type.isAbstract()
					&& type.getEAllSuperTypes().stream().anyMatch(s -> s.getName().equals("VirtioDevice"))) {
				keywords.put(type.getName(), GrammarUtil.containedKeywords(rule).get(0).getValue());
			}
		}
		return keywords;
	}

	private static List<String> metamodelDeviceClasses() {
		List<String> classes = new ArrayList<>();
		for (EClassifier classifier : AvpPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass type && !type.isAbstract() && AvpPackage.Literals.VIRTIO_DEVICE.isSuperTypeOf(type)) {
				classes.add(type.getName());
			}
		}
		return classes;
	}

	@Test
	public void grammarMetamodelAndRegistryNameTheSameKindsWithTheSameKeywords() {
		Map<String, String> registry = new TreeMap<>();
		for (DeviceKind kind : DeviceKinds.all()) {
			registry.put(kind.eClass().getName(), kind.keyword());
		}
		assertEquals("every device class of the metamodel is a kind", metamodelDeviceClasses(), DeviceKinds.all().stream().map(k -> k.eClass().getName()).toList());
		assertEquals("keywords of the grammar and of the metamodel's device facts", grammarKeywords(), registry);
	}

	@Test
	public void generatedPaletteIsTheRegistrysPalette() throws IOException {
		Path generated = Path.of(System.getProperty("avp.diagram", "../../bundles/org.avpstudio.diagram")).resolve(ClientPalette.FILE);
		assertTrue(generated + " is written by the diagram bundle's build", Files.isRegularFile(generated));
		JsonArray written = JsonParser.parseString(Files.readString(generated)).getAsJsonArray();
		assertEquals(JsonParser.parseString(ClientPalette.json()), written);
		List<String> classes = new ArrayList<>();
		for (JsonElement kind : written) {
			classes.add(kind.getAsJsonObject().get("deviceClass").getAsString());
		}
		assertEquals(DeviceKinds.palette().stream().map(PaletteEntry::deviceClass).toList(), classes);
		assertTrue("every palette kind is a device class the grammar can write: " + classes, grammarKeywords().keySet().containsAll(classes));
	}

	@Test
	public void bundledClientOffersThePaletteKinds() throws IOException {
		String script = new String(DiagramClient.file("avp-diagram.js"), StandardCharsets.UTF_8);
		List<String> offered = new ArrayList<>();
		Matcher kind = Pattern.compile("deviceClass:\"(\\w+)\"").matcher(script);
		while (kind.find()) {
			offered.add(kind.group(1));
		}
		assertEquals(DeviceKinds.palette().stream().map(PaletteEntry::deviceClass).toList(), offered);
	}
}
