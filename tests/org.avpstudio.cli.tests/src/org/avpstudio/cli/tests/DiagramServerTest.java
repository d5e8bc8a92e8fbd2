package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code avp diagram --serve} driven by a real browser (headless Chromium over the DevTools protocol): the palette
 * creates a VM and a device, and the .avp file changes accordingly, comments kept; a refused edit says why.
 */
public class DiagramServerTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void paletteInTheBrowserEditsTheModelFile() throws Exception {
		Path model = tmp.getRoot().toPath().resolve("devbox.avp");
		Files.copy(Avp.example("devbox/devbox.avp"), model);
		String original = Files.readString(model);
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Thread server = new Thread(() -> Avp.run("diagram", model.toString(), "--serve", "--port", String.valueOf(port)), "avp diagram --serve");
		server.setDaemon(true);
		server.start();
		String url = "http://127.0.0.1:" + port + "/";
		HttpClient http = HttpClient.newHttpClient();
		long end = System.currentTimeMillis() + 60_000;
		while (true) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					break;
				}
			} catch (java.io.IOException e) {
				assertTrue("the diagram server starts", System.currentTimeMillis() < end);
				Thread.sleep(200);
			}
		}
		try (Cdp browser = Cdp.open(url, tmp.newFolder("chromium").toPath())) {
			browser.waitFor("the diagram", "!!document.querySelector('g.box[data-id=\"vm:builder\"]')");

			browser.eval("document.querySelector('[data-action=add-vm]').click(); 1");
			browser.waitFor("the new VM in the diagram", "!!document.querySelector('g.box[data-id=\"vm:vm1\"]')");
			String afterVm = Files.readString(model);
			assertTrue(afterVm, afterVm.contains("vm vm1 {"));
			assertTrue("comments kept", afterVm.startsWith("// x86_64 development platform"));

			browser.eval("document.querySelector('g.box[data-id=\"vm:vm1\"]').dispatchEvent(new MouseEvent('click',{bubbles:true})); 1");
			assertEquals("\"selected: vm:vm1\"", browser.eval("document.getElementById('selection').textContent"));
			browser.eval("document.getElementById('kind').value='EntropyDevice'; document.querySelector('[data-action=add-device]').click(); 1");
			browser.waitFor("the device in the diagram", "document.querySelector('g.box[data-id=\"vm:vm1\"]').textContent.indexOf('rng rng0')>=0");
			String afterDevice = Files.readString(model);
			int vm1 = afterDevice.indexOf("vm vm1 {");
			assertTrue(afterDevice, afterDevice.indexOf("rng rng0", vm1) > vm1);
			assertEquals("the device is one line; nothing else is rewritten", afterVm.lines().count() + 1, afterDevice.lines().count());
			assertTrue("the original text is untouched before the new VM", afterDevice.startsWith(original.substring(0, original.indexOf("vm tester {"))));
			browser.screenshot(Path.of(System.getProperty("avp.screenshots", "target/screenshots"), "diagram-browser-palette.png").toAbsolutePath());

			// dragging a device row onto another VM moves the device there; a clash of names is refused
			String drag = "document.querySelector('g.box[data-id=\\\"vm:vm1\\\"] text.row[data-device=\\\"%s\\\"]').dispatchEvent(new MouseEvent('mousedown',{bubbles:true}));"
					+ "document.querySelector('g.box[data-id=\\\"vm:tester\\\"]').dispatchEvent(new MouseEvent('mouseup',{bubbles:true})); 1";
			browser.eval(String.format(drag, "rng0"));
			browser.waitFor("the refusal of a clashing name", "document.getElementById('status').textContent.indexOf(\"VM 'tester' already has a device 'rng0'\")>=0");
			assertEquals(afterDevice, Files.readString(model));
			browser.eval("document.getElementById('kind').value='SoundDevice'; document.querySelector('[data-action=add-device]').click(); 1");
			browser.waitFor("the sound device", "!!document.querySelector('g.box[data-id=\\\"vm:vm1\\\"] text.row[data-device=\\\"sound0\\\"]')");
			browser.eval(String.format(drag, "sound0"));
			browser.waitFor("the moved device", "!!document.querySelector('g.box[data-id=\\\"vm:tester\\\"] text.row[data-device=\\\"sound0\\\"]')");
			afterDevice = Files.readString(model);
			String testerBlock = afterDevice.substring(afterDevice.indexOf("vm tester {"), afterDevice.indexOf("vm vm1 {"));
			assertTrue(testerBlock, testerBlock.contains("sound sound0"));
			assertTrue(!afterDevice.substring(afterDevice.indexOf("vm vm1 {")).contains("sound0"));

			browser.eval("document.querySelector('g.box[data-id=\"hv\"]').dispatchEvent(new MouseEvent('click',{bubbles:true})); 1");
			browser.eval("document.querySelector('[data-action=delete]').click(); 1");
			browser.waitFor("the refusal", "document.getElementById('status').textContent.indexOf('not changed')===0");
			assertEquals(afterDevice, Files.readString(model));
		}
	}
}
