// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Test;

/**
 * {@code avp export PLATFORM.avp --format arxml --out FILE.arxml [--autosar R] [--schema XSD]}: 0 when written, 1 when
 * the export is invalid against the given schema (nothing written), 2 when the model or an argument is unusable; and
 * the exported cockpit comes back through {@code avp import} with its VMs, vCPU pinning, memory and networks.
 */
public class ExportCommandTest extends CommandLineFixture {

	@Test
	public void theCockpitExportsAndImportsBack() throws Exception {
		Path arxml = tmp.getRoot().toPath().resolve("cockpit.arxml");
		assertEquals(err, 0, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString()));
		assertTrue(out, out.contains("wrote " + arxml + " (AUTOSAR R24-11, 3 machine(s)"));
		assertTrue(out, out.contains("not written: vm cluster: "));
		String text = Files.readString(arxml);
		assertTrue(text.contains("AUTOSAR_00053.xsd"));
		assertTrue(text.contains("<SHORT-NAME>ivi</SHORT-NAME>"));
		Path model = tmp.getRoot().toPath().resolve("cockpit_back.avp");
		assertEquals(out + err, 0, avp("import", arxml.toString(), "--out", model.toString()));
		String back = Files.readString(model);
		assertTrue(back, back.contains("vm ivi") && back.contains("memory 4096 MiB") && back.contains("network vbr0"));
		assertTrue(back, back.contains("vcpu 0 on a76_2") && back.contains("vcpu 3 on a55_3"));
		assertFalse(err, avp("validate", model.toString()) == 2);
		// the same export again: the same bytes (stable UUIDs), the file left alone
		byte[] first = Files.readAllBytes(arxml);
		assertEquals(err, 0, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString()));
		assertEquals(new String(first), Files.readString(arxml));
	}

	@Test
	public void theReleaseIsChosen() throws Exception {
		Path arxml = tmp.getRoot().toPath().resolve("cockpit.arxml");
		assertEquals(err, 0, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString(), "--autosar", "R20-11"));
		assertTrue(Files.readString(arxml).contains("xsi:schemaLocation=\"http://autosar.org/schema/r4.0 AUTOSAR_00049.xsd\""));
		assertEquals(2, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString(), "--autosar", "R4.4"));
		assertTrue(err, err.contains("unknown AUTOSAR release 'R4.4'; known: R20-11, R21-11, R22-11, R24-11"));
	}

	@Test
	public void aSchemaTheExportBreaksExitsOneAndWritesNothing() throws Exception {
		Path xsd = tmp.getRoot().toPath().resolve("strict.xsd");
		Files.writeString(xsd, "<xs:schema xmlns:xs=\"http://www.w3.org/2001/XMLSchema\" targetNamespace=\"http://autosar.org/schema/r4.0\" elementFormDefault=\"qualified\">\n"
				+ "  <xs:element name=\"AUTOSAR\"><xs:complexType><xs:sequence><xs:element name=\"ADMIN-DATA\" type=\"xs:string\"/>"
				+ "<xs:any namespace=\"##targetNamespace\" processContents=\"skip\" maxOccurs=\"unbounded\"/></xs:sequence></xs:complexType></xs:element>\n</xs:schema>\n");
		Path arxml = tmp.getRoot().toPath().resolve("cockpit.arxml");
		assertEquals(err, 1, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString(), "--schema", xsd.toString()));
		assertTrue(err, err.contains(arxml + ":3:") && err.contains("not valid against " + xsd));
		assertFalse(Files.exists(arxml));
		Path lax = tmp.getRoot().toPath().resolve("lax.xsd");
		Files.writeString(lax, Files.readString(xsd).replace("<xs:element name=\"ADMIN-DATA\" type=\"xs:string\"/>", ""));
		assertEquals(err, 0, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString(), "--schema", lax.toString()));
		assertTrue(out, out.contains("valid against " + lax));
		assertTrue(Files.exists(arxml));
	}

	@Test
	public void badInputExitsTwo() throws Exception {
		Path arxml = tmp.getRoot().toPath().resolve("x.arxml");
		assertEquals(2, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "fibex", "--out", arxml.toString()));
		assertTrue(err, err.contains("unknown export format 'fibex'; known: arxml"));
		Path broken = tmp.getRoot().toPath().resolve("broken.avp");
		Files.writeString(broken, "platform p {\n  vm a {\n");
		assertEquals(2, avp("export", broken.toString(), "--format", "arxml", "--out", arxml.toString()));
		assertTrue(err, err.contains("nothing exported"));
		assertEquals(2, avp("export", tmp.getRoot().toPath().resolve("missing.avp").toString(), "--format", "arxml", "--out", arxml.toString()));
		assertTrue(err, err.contains("missing.avp: no such file"));
		assertEquals(2, avp("export", example("cockpit/cockpit.avp").toString(), "--format", "arxml", "--out", arxml.toString(), "--schema", "/nonexistent.xsd"));
		assertFalse(Files.exists(arxml));
	}
}
