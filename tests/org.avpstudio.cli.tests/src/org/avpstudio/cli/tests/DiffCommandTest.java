// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * {@code avp diff OLD NEW}: elements added, removed, changed (attribute old -> new) and moved between VMs, the
 * findings introduced and fixed, as text, Markdown and JSON; layout, comments and order are no change; the old
 * version's imports are found beside the new one (as git hands it to a difftool); {@code --textconv}.
 */
public class DiffCommandTest extends CommandLineFixture {

	private Path oldModel;
	private Path newModel;

	private Path copy(String folder) throws Exception {
		Path dir = tmp.newFolder(folder).toPath();
		Files.copy(example("cockpit/cockpit.avp"), dir.resolve("cockpit.avp"));
		Files.copy(example("cockpit/soc.avp"), dir.resolve("soc.avp"));
		return dir.resolve("cockpit.avp");
	}

	private static String replaceOnce(String text, String what, String with) {
		assertTrue("fixture anchor: " + what, text.indexOf(what) >= 0 && text.indexOf(what) == text.lastIndexOf(what));
		return text.replace(what, with);
	}

	@Before
	public void twoVersions() throws Exception {
		oldModel = copy("old");
		newModel = copy("new");
		String text = Files.readString(newModel);
		text = replaceOnce(text, "criticality ASIL-B\n\t\tmemory 1024 MiB", "criticality ASIL-B\n\t\tmemory 2048 MiB");
		text = replaceOnce(text, "\t\tinput keys {\n\t\t\tkind buttons\n\t\t}\n", "");
		text = replaceOnce(text, "\t\t}\n\t}\n\n\tvm cluster {", "\t\t}\n\t\tinput keys {\n\t\t\tkind buttons\n\t\t}\n\t}\n\n\tvm cluster {");
		text = replaceOnce(text, "\t\trng rng0\n\t\tconsole hvc0\n\t\ttee", "\t\tconsole hvc0\n\t\ttee");
		text = replaceOnce(text, "\t\ttransport pci\n", "\t\ttransport pci\n\t\twaive \"AVPS-2.0-TEE-1\" because \"Reviewed with the security team.\"\n");
		text = replaceOnce(text, "\tvsock-channel vehicle_status from cluster to ivi port 5000 {\n"
				+ "\t\twaive \"AVPS-2.0-VSOCK-3\" because \"Cluster and IVI exchange vehicle status over vsock only; IP between them is not wanted.\"\n\t}\n", "");
		Files.writeString(newModel, text);
	}

	@Test
	public void textNamesEachChangedElementAndTheComplianceDelta() {
		assertEquals(err, 0, avp("diff", oldModel.toString(), newModel.toString()));
		assertTrue(out, out.contains("  changed  VM        vm cluster  (new line "));
		assertTrue(out, out.contains("      memoryMiB: 1024 -> 2048\n"));
		assertTrue(out, out.contains("  moved    device    vm ivi/input keys -> vm driver/input keys"));
		assertTrue(out, out.contains("  removed  device    vm ivi/rng rng0  (old line "));
		assertTrue(out, out.contains("  removed  channel   vsock-channel vehicle_status"));
		assertTrue(out, out.contains("  removed  waiver    vsock-channel vehicle_status/waive AVPS-2.0-VSOCK-3"));
		assertTrue(out, out.contains("  added    waiver    vm ivi/waive AVPS-2.0-TEE-1"));
		assertFalse("nothing else of the VMs changed: " + out, out.contains("vm ivi/input touch") || out.contains("changed  VM        vm ivi"));
		assertTrue(out, out.contains("introduced error AVPS-2.0-RNG-1 at vm ivi (cockpit.avp:"));
		assertEquals(1, avp("diff", "--exit-code", oldModel.toString(), newModel.toString()));
	}

	@Test
	public void markdownAndJson() {
		assertEquals(err, 0, avp("diff", "--format", "md", oldModel.toString(), newModel.toString()));
		assertTrue(out, out.contains("| moved | device | `vm ivi/input keys` → `vm driver/input keys` |"));
		assertTrue(out, out.contains("| changed | VM | `vm cluster` | `memoryMiB`: 1024 → 2048 |"));
		assertTrue(out, out.contains("| **introduced** | error | AVPS-2.0-RNG-1 | `vm ivi` |"));

		assertEquals(err, 0, avp("diff", "--format", "json", oldModel.toString(), newModel.toString()));
		JsonObject json = JsonParser.parseString(out).getAsJsonObject();
		JsonObject moved = null;
		for (JsonElement e : json.getAsJsonArray("changes")) {
			if (e.getAsJsonObject().get("change").getAsString().equals("moved")) {
				moved = e.getAsJsonObject();
			}
		}
		assertEquals("vm ivi/input keys", moved.get("oldPath").getAsString());
		assertEquals("vm driver/input keys", moved.get("newPath").getAsString());
		JsonObject compliance = json.getAsJsonObject("compliance");
		assertTrue(compliance.get("compared").getAsBoolean());
		assertEquals("AVPS-2.0-RNG-1", compliance.getAsJsonArray("introduced").get(0).getAsJsonObject().get("rule").getAsString());
	}

	@Test
	public void layoutCommentsAndOrderAreNoChange() throws Exception {
		String text = Files.readString(oldModel);
		text = replaceOnce(text, "\t\tinput touch {\n\t\t\tkind touchscreen\n\t\t}\n\t\tinput keys {\n\t\t\tkind buttons\n\t\t}\n",
				"\t\t// keys first now\n\t\tinput keys { kind buttons }\n\n\t\tinput touch {\n\t\t\tkind touchscreen\n\t\t}\n");
		Files.writeString(newModel, "// reviewed 2026-12\n" + text);
		assertEquals(err, 0, avp("diff", "--exit-code", oldModel.toString(), newModel.toString()));
		assertTrue(out, out.contains("Model: no semantic change"));
		assertTrue(out, out.contains("Compliance: 0 finding(s) introduced, 0 fixed"));
		assertEquals(0, avp("diff", "--textconv", oldModel.toString()));
		String before = out;
		assertEquals(0, avp("diff", "--textconv", newModel.toString()));
		assertEquals(before, out);
	}

	@Test
	public void oldVersionWithoutItsImportsBesideItUsesThoseOfTheNewOne() throws Exception {
		Path lonely = tmp.newFolder("git-tmp").toPath().resolve("XyZ12_cockpit.avp");
		Files.copy(oldModel, lonely);
		assertEquals(err, 0, avp("diff", lonely.toString(), newModel.toString()));
		assertTrue(out, out.contains("introduced error AVPS-2.0-RNG-1 at vm ivi"));
		assertFalse(out, out.contains("not compared"));
	}

	@Test
	public void aVersionThatDoesNotParseIsStillComparedButNotForCompliance() throws Exception {
		Files.writeString(oldModel, Files.readString(oldModel) + "\n}}\n"); // a syntax error after the platform
		assertEquals(err, 0, avp("diff", oldModel.toString(), newModel.toString()));
		assertTrue(out, out.contains("Compliance: not compared: " + oldModel + " has errors that stop the compliance check (" + oldModel + ":"));
		assertTrue(out, out.contains("vm ivi/input keys -> vm driver/input keys"));
		assertEquals(2, avp("diff", oldModel.toString(), tmp.getRoot().toPath().resolve("missing.avp").toString()));
		assertTrue(err, err.contains("missing.avp: no such file"));
	}

	@Test
	public void textconvIsOneLinePerElementAndAttribute() throws Exception {
		assertEquals(err, 0, avp("diff", "--textconv", newModel.toString()));
		assertTrue(out, out.contains("\nvm cluster: memoryMiB = 2048\n"));
		assertTrue(out, out.contains("\nvm driver/input keys\nvm driver/input keys: kind = buttons\n"));
		assertTrue(out, out.contains("\nvm cluster/block rootfs: backend = image\nvm cluster/block rootfs: backend.path = /var/lib/cockpit/cluster-root.img\n"
				+ "vm cluster/block rootfs: backend.format = raw\n"));
		assertTrue(out, out.contains("\nvm ivi/waive AVPS-2.0-TEE-1: justification = Reviewed with the security team.\n"));
		avp("diff", "--textconv", oldModel.toString());
		assertNotEquals(out, Files.readString(oldModel));
	}
}
