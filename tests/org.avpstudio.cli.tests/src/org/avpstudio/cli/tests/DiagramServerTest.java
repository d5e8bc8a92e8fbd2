// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code avp diagram --serve}: the Sprotty diagram client in a real browser (headless Chromium over the DevTools
 * protocol, real mouse events) against the diagram server in the CLI. The palette creates a VM and a device, a
 * device row dragged onto another VM moves the device, a VM box dragged to another place stays there across model
 * updates, and the .avp file changes accordingly with comments kept; refused edits say why and change nothing.
 */
public class DiagramServerTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Rule
	public ServedDiagrams servers = new ServedDiagrams();

	/** The DOM element Sprotty renders for a model element id. */
	private static String element(String id) {
		return "[id=\"avp-diagram_" + id + "\"]";
	}

	@Test
	public void sprottyClientInTheBrowserEditsTheModelFile() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("devbox.avp");
		Files.copy(Avp.example("devbox/devbox.avp"), model);
		String original = Files.readString(model);
		String url = servers.serve(model);
		try (Cdp browser = Cdp.open(url, tmp.newFolder("chromium").toPath())) {
			browser.waitFor("the diagram", "!!document.querySelector('" + element("vm:builder") + "')");
			assertEquals("Sprotty draws the model (a graph root with its nodes)", "true",
					browser.eval("!!document.querySelector('svg.sprotty-graph') && document.querySelectorAll('g.avp-box').length >= 5"));

			// palette: a new VM
			browser.eval("document.querySelector('[data-action=add-vm]').click(); 1");
			browser.waitFor("the new VM in the diagram", "!!document.querySelector('" + element("vm:vm1") + "')");
			String afterVm = Files.readString(model);
			assertTrue(afterVm, afterVm.contains("vm vm1 {"));
			assertTrue("comments kept", afterVm.startsWith("// x86_64 development platform"));

			// a click selects it; the palette adds a device to the selection
			browser.click(browser.centre(element("vm:vm1") + " .avp-header"));
			browser.waitFor("the selection", "document.getElementById('selection').textContent==='selected: vm:vm1'");
			browser.eval("document.getElementById('kind').value='EntropyDevice'; document.querySelector('[data-action=add-device]').click(); 1");
			browser.waitFor("the device in the diagram", "!!document.querySelector('" + element("vm:vm1/device/rng0") + "')");
			String afterDevice = Files.readString(model);
			int vm1 = afterDevice.indexOf("vm vm1 {");
			assertTrue(afterDevice, afterDevice.indexOf("rng rng0", vm1) > vm1);
			assertEquals("the device is one line; nothing else is rewritten", afterVm.lines().count() + 1, afterDevice.lines().count());
			assertTrue("the original text is untouched before the new VM", afterDevice.startsWith(original.substring(0, original.indexOf("vm tester {"))));
			browser.screenshot(Path.of(System.getProperty("avp.screenshots", "target/screenshots"), "diagram-browser-palette.png").toAbsolutePath());

			// dragging a device row onto another VM moves the device there; a clash of names is refused
			browser.drag(browser.centre(element("vm:vm1/device/rng0")), browser.centre(element("vm:tester") + " .avp-header"));
			browser.waitFor("the refusal of a clashing name", "document.getElementById('status').textContent.indexOf(\"VM 'tester' already has a device 'rng0'\")>=0");
			assertEquals(afterDevice, Files.readString(model));
			browser.click(browser.centre(element("vm:vm1") + " .avp-header"));
			browser.eval("document.getElementById('kind').value='SoundDevice'; document.querySelector('[data-action=add-device]').click(); 1");
			browser.waitFor("the sound device", "!!document.querySelector('" + element("vm:vm1/device/sound0") + "')");
			browser.drag(browser.centre(element("vm:vm1/device/sound0")), browser.centre(element("vm:tester") + " .avp-header"));
			browser.waitFor("the moved device", "!!document.querySelector('" + element("vm:tester/device/sound0") + "')");
			afterDevice = Files.readString(model);
			String testerBlock = afterDevice.substring(afterDevice.indexOf("vm tester {"), afterDevice.indexOf("vm vm1 {"));
			assertTrue(testerBlock, testerBlock.contains("sound sound0"));
			assertFalse(afterDevice.substring(afterDevice.indexOf("vm vm1 {")).contains("sound0"));

			// boxes move freely and stay where they were put when the model changes
			double[] before = browser.centre(element("vm:vm1") + " .avp-header");
			browser.drag(before, new double[] { before[0] + 260, before[1] + 40 });
			browser.waitFor("the box drawn where it was dropped", "document.querySelector('" + element("vm:vm1")
					+ " .avp-header').getBoundingClientRect().left > " + (before[0] + 100));
			double[] moved = browser.centre(element("vm:vm1") + " .avp-header");
			assertEquals("moved right", before[0] + 260, moved[0], 3);
			assertEquals("moved down", before[1] + 40, moved[1], 3);
			assertEquals("moving a box changes no text", afterDevice, Files.readString(model));
			browser.eval("document.getElementById('criticality').value='ASIL-B'; document.querySelector('[data-action=criticality]').click(); 1");
			browser.waitFor("the new criticality", "document.querySelector('" + element("vm:vm1") + "').classList.contains('crit-asil-b')");
			assertTrue(Files.readString(model).contains("criticality ASIL-B"));
			double[] kept = browser.centre(element("vm:vm1") + " .avp-header");
			assertEquals("the moved box stays after the update", moved[0], kept[0], 3);
			assertEquals("the moved box stays after the update", moved[1], kept[1], 3);
			browser.screenshot(Path.of(System.getProperty("avp.screenshots", "target/screenshots"), "diagram-browser-moved.png").toAbsolutePath());

			// the hypervisor is not a VM: deleting it is refused with a reason
			String beforeRefusal = Files.readString(model);
			browser.click(browser.centre(element("hv") + " .avp-header"));
			browser.eval("document.querySelector('[data-action=delete]').click(); 1");
			browser.waitFor("the refusal", "document.getElementById('status').textContent==='select a VM first'");
			assertEquals(beforeRefusal, Files.readString(model));
		}
	}

	@Test
	public void findingsAreMarkedOnTheirElements() throws Exception {
		try (Cdp browser = Cdp.open(servers.serve(Avp.example("noncompliant/cockpit-gaps.avp")) /* only read: no edits */, tmp.newFolder("chromium").toPath())) {
			browser.waitFor("the diagram", "document.querySelectorAll('g.avp-box').length >= 3");
			assertEquals("boxes with open errors carry Sprotty's error marker", "true",
					browser.eval("document.querySelectorAll('.sprotty-issue.sprotty-error').length > 0"
							+ " && [...document.querySelectorAll('.sprotty-issue.sprotty-error')].every(m => m.closest('g.avp-box').classList.contains('has-errors'))"));
			String tooltip = browser.eval("document.querySelector('.sprotty-issue.sprotty-error title').textContent");
			assertTrue(tooltip, tooltip.contains("open error"));
			assertEquals("device rows with findings are marked too", "true", browser.eval("document.querySelectorAll('.sprotty-label.device.error, .sprotty-label.device.warning').length > 0"));
		}
	}
}
