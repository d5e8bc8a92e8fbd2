// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Diagram edits change only what they must (issue 24, item 8), through {@code avp diagram --serve} as the browser
 * client sends them: a device gets the name the user gave, a second entropy device is refused with the reason, and a
 * renamed VM changes its name tokens and not one other byte of the file.
 */
public class DiagramEditsTest {

	/** Tabs, a block comment indented inside a VM, a line comment, blank lines and references to the VM that is renamed. */
	private static final String PLATFORM = """
			platform edits {
			\tavps "2.0"
			\thypervisor xen kind xen version "4.17"

			\tvm driver {
			\t\trole driver
			\t\tmemory 1024 MiB
			\t\t/*
			\t\t * serves the block device of gw;
			\t\t *   keep this comment's layout
			\t\t */
			\t\trng rng0
			\t\tblock disk0 {
			\t\t\tbackend driver-vm driver
			\t\t}
			\t}

			\tvm gw {
			\t\tmemory 512 MiB   // a trailing comment
			\t\tconsole hvc0
			\t\tblock root {
			\t\t\tbackend driver-vm   driver
			\t\t}
			\t}

			\tvsock-channel diag from gw to driver port 9000
			\tvsock-channel back from driver to gw port 9001
			}
			""";

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Rule
	public ServedDiagrams servers = new ServedDiagrams();

	private final HttpClient http = HttpClient.newHttpClient();
	private Path model;
	private String url;

	@Before
	public void serve() throws Exception {
		model = tmp.getRoot().toPath().resolve("edits.avp");
		Files.writeString(model, PLATFORM, StandardCharsets.UTF_8);
		assertTrue("the fixture parses", Avp.run("validate", model.toString()).exit() < 2);
		url = servers.serve(model);
		assertTrue(send("{\"kind\":\"requestModel\",\"requestId\":\"\"}").contains("\"kind\":\"setModel\""));
	}

	private String send(String action) throws Exception {
		HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url + "action")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"test\",\"action\":" + action + "}", StandardCharsets.UTF_8)).build(),
				HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertEquals(response.body(), 200, response.statusCode());
		return response.body();
	}

	private String text() throws Exception {
		return Files.readString(model, StandardCharsets.UTF_8);
	}

	@Test
	public void aDeviceNamedByTheUserKeepsThatName() throws Exception {
		String answer = send("{\"kind\":\"addDevice\",\"vm\":\"gw\",\"deviceClass\":\"EntropyDevice\",\"name\":\"rng9\"}");
		assertTrue(answer, answer.contains("saved edits.avp"));
		assertTrue(text(), text().contains("rng rng9\n"));
		assertFalse("not numbered again: " + text(), text().contains("rng90"));

		// the palette sends a base name (no final digit): numbered from 0 like the quick fixes
		assertTrue(send("{\"kind\":\"addDevice\",\"vm\":\"gw\",\"deviceClass\":\"ConsoleDevice\",\"name\":\"console\"}").contains("saved edits.avp"));
		assertTrue(text(), text().contains("console console0"));

		String before = text();
		String taken = send("{\"kind\":\"addDevice\",\"vm\":\"gw\",\"deviceClass\":\"BlockDevice\",\"name\":\"root\"}");
		assertTrue("a base name clashes with nothing: root0", taken.contains("saved edits.avp") && text().contains("block root0"));
		before = text();
		String clash = send("{\"kind\":\"addDevice\",\"vm\":\"driver\",\"deviceClass\":\"BlockDevice\",\"name\":\"disk0\"}");
		assertTrue(clash, clash.contains("not changed: VM 'driver' already has a device 'disk0'; choose another name"));
		assertEquals("nothing written", before, text());
	}

	@Test
	public void aSecondEntropyDeviceIsRefusedWithTheReason() throws Exception {
		String answer = send("{\"kind\":\"addDevice\",\"vm\":\"driver\",\"deviceClass\":\"EntropyDevice\",\"name\":\"rng\"}");
		assertTrue(answer, answer.contains("not changed: VM 'driver' has an entropy device already ('rng0'): AVPS-2.0-RNG-1 asks for one"
				+ " virtio-rng device per VM, a second adds nothing"));
		assertEquals("nothing written", PLATFORM, text());

		// gw has none: its first is added; then dragging driver's rng0 onto gw is refused for the same reason
		assertTrue(send("{\"kind\":\"addDevice\",\"vm\":\"gw\",\"deviceClass\":\"EntropyDevice\",\"name\":\"rng5\"}").contains("saved edits.avp"));
		String before = text();
		String moved = send("{\"kind\":\"moveDevice\",\"vm\":\"driver\",\"device\":\"rng0\",\"to\":\"gw\"}");
		assertTrue(moved, moved.contains("not changed: VM 'gw' has an entropy device already ('rng5')"));
		assertEquals(before, text());
	}

	@Test
	public void aRenamedVmChangesItsNameTokensAndNothingElse() throws Exception {
		String answer = send("{\"kind\":\"renameVm\",\"vm\":\"driver\",\"name\":\"storage_host\"}");
		assertTrue(answer, answer.contains("saved edits.avp"));
		String expected = PLATFORM.replace("vm driver {", "vm storage_host {").replace("driver-vm driver", "driver-vm storage_host")
				.replace("driver-vm   driver", "driver-vm   storage_host").replace("to driver port", "to storage_host port")
				.replace("from driver to", "from storage_host to");
		assertEquals("byte for byte: comments, tabs, spacing and line ends as they were", expected, text());

		String taken = send("{\"kind\":\"renameVm\",\"vm\":\"gw\",\"name\":\"storage_host\"}");
		assertTrue(taken, taken.contains("not changed: there is a VM 'storage_host' already; choose another name"));
		assertEquals(expected, text());

		// a keyword the language does not take as a name is written escaped, and the file still reads back
		assertTrue(send("{\"kind\":\"renameVm\",\"vm\":\"gw\",\"name\":\"vm\"}").contains("saved edits.avp"));
		assertTrue(text(), text().contains("vm ^vm {") && text().contains("from ^vm to storage_host"));
		assertTrue("the renamed file parses", Avp.run("validate", model.toString()).exit() < 2);
	}
}
