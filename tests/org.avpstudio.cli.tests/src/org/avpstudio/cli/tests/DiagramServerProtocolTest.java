// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * {@code avp diagram --serve} over HTTP, as a client that misbehaves would talk to it: non-ASCII text, a request that
 * stalls half-way, bodies too large, wrong methods and paths, messages that are no action. Each is answered at once
 * with its status and reason, and none holds up another client's edit.
 */
public class DiagramServerProtocolTest {

	/** The server's limits (DiagramServer): a request must arrive within 10 s; a message is at most 1 MiB. */
	private static final int REQUEST_SECONDS = 10;
	private static final int MAX_MESSAGE_BYTES = 1 << 20;

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Rule
	public ServedDiagrams servers = new ServedDiagrams();

	private final HttpClient http = HttpClient.newHttpClient();
	private Path model;
	private String original;
	private String url;

	@Before
	public void serve() throws Exception {
		model = tmp.getRoot().toPath().resolve("devbox.avp");
		Files.copy(Avp.example("devbox/devbox.avp"), model);
		original = Files.readString(model);
		url = servers.serve(model);
		HttpResponse<String> shown = post(action("{\"kind\":\"requestModel\",\"requestId\":\"\"}"));
		assertEquals("the server has read and drawn the model", 200, shown.statusCode());
		assertTrue(shown.body(), shown.body().contains("\"kind\":\"setModel\""));
	}

	/** Edits are saved as an editor saves: the served file is a symlink, its target keeps its mode and gets the edit. */
	@Test
	public void editsAreSavedThroughTheLinkAndKeepTheMode() throws Exception {
		Path real = tmp.newFolder("repo").toPath().resolve("devbox.avp");
		Files.copy(Avp.example("devbox/devbox.avp"), real);
		Files.setPosixFilePermissions(real, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
		Path link = Files.createSymbolicLink(tmp.newFolder("work").toPath().resolve("devbox.avp"), real);
		String linked = servers.serve(link);
		HttpResponse<String> renamed = http.send(HttpRequest.newBuilder(URI.create(linked + "action")).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{\"clientId\":\"t\",\"action\":{\"kind\":\"renameVm\",\"vm\":\"tester\",\"name\":\"qa\"}}"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertTrue(renamed.body(), renamed.body().contains("saved devbox.avp"));
		assertTrue("still a link", Files.isSymbolicLink(link));
		assertTrue("the link's target got the edit", Files.readString(real).contains("vm qa {"));
		assertEquals("rw-rw-r--", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(real)));
	}

	@Test
	public void aNonAsciiNameIsAnsweredAtOnceWithTheReasonTheLanguageRefusesIt() throws Exception {
		// the language's names are ASCII (Xtext's ID): a VM named Zürich does not parse, one named Zurich does
		Path zurich = tmp.newFile("zurich.avp").toPath();
		String platform = "platform p {\n\tavps \"2.0\"\n\tvm NAME {\n\t\tmemory 64 MiB\n\t}\n}\n";
		Files.writeString(zurich, platform.replace("NAME", "Zürich"));
		Avp.Result umlaut = Avp.run("validate", zurich.toString());
		assertEquals(umlaut.err(), 2, umlaut.exit());
		assertTrue("the error is at the name: " + umlaut.out() + umlaut.err(), (umlaut.out() + umlaut.err()).contains("zurich.avp:3:"));
		Files.writeString(zurich, platform.replace("NAME", "Zurich"));
		assertTrue("an ASCII name parses", Avp.run("validate", zurich.toString()).exit() < 2);

		HttpResponse<String> renamed = post(action("{\"kind\":\"renameVm\",\"vm\":\"tester\",\"name\":\"Zürich\"}"));
		assertEquals(200, renamed.statusCode());
		assertTrue("the refusal quotes the name as sent (UTF-8 both ways): " + renamed.body(),
				renamed.body().contains("not changed: 'Zürich' is not a valid name: use letters, digits and _, starting with a letter or _"));
		assertEquals("nothing written", original, Files.readString(model));

		HttpResponse<String> ascii = post(action("{\"kind\":\"renameVm\",\"vm\":\"tester\",\"name\":\"Zurich\"}"));
		assertTrue(ascii.body(), ascii.body().contains("saved devbox.avp"));
		assertTrue(Files.readString(model, StandardCharsets.UTF_8).contains("vm Zurich {"));
	}

	@Test
	public void aClientStalledHalfWayThroughItsRequestDelaysNoOtherAndIsCutOff() throws Exception {
		try (Socket stalled = new Socket(InetAddress.getLoopbackAddress(), URI.create(url).getPort())) {
			long stalledSince = System.nanoTime();
			OutputStream out = stalled.getOutputStream();
			out.write(("POST /action HTTP/1.1\r\nHost: " + URI.create(url).getAuthority() + "\r\nContent-Type: application/json\r\n"
					+ "Content-Length: 1000\r\n\r\n{\"clientId").getBytes(StandardCharsets.US_ASCII));
			out.flush();

			HttpResponse<String> edit = post(action("{\"kind\":\"addVm\"}"));
			assertEquals(200, edit.statusCode());
			assertTrue(edit.body(), edit.body().contains("saved devbox.avp"));
			assertTrue(Files.readString(model).contains("vm vm1 {"));
			stalled.setSoTimeout(100);
			try {
				fail("the stalled client was answered or cut off before the other client's edit was done: " + stalled.getInputStream().read());
			} catch (SocketTimeoutException stillWaiting) {
				// the edit was made while the stalled request still held its connection
			}

			stalled.setSoTimeout((REQUEST_SECONDS + 10) * 1000);
			assertEquals("the server closes the stalled connection without an answer", -1, readOrReset(stalled.getInputStream()));
			long seconds = Duration.ofNanos(System.nanoTime() - stalledSince).toSeconds();
			assertTrue("cut off after the request time limit, not before: " + seconds + " s", seconds >= REQUEST_SECONDS - 1);
		}
	}

	@Test
	public void bodiesLargerThanAMessageAreRefusedWith413WithoutBeingRead() throws Exception {
		String declared = exchange("POST /action HTTP/1.1\r\nHost: " + URI.create(url).getAuthority() + "\r\nContent-Type: application/json\r\n"
				+ "Content-Length: 104857600\r\n\r\n", new byte[0]);
		assertTrue(declared, declared.startsWith("HTTP/1.1 413 "));
		assertTrue(declared, declared.contains("a message to the diagram server is at most 1048576 bytes; this one has 104857600 bytes"));

		// a body of unknown length: one chunk just over the limit, and no end
		byte[] chunk = new byte[MAX_MESSAGE_BYTES + 1 + 2];
		java.util.Arrays.fill(chunk, (byte) ' ');
		chunk[chunk.length - 2] = '\r';
		chunk[chunk.length - 1] = '\n';
		String chunked = exchange("POST /action HTTP/1.1\r\nHost: " + URI.create(url).getAuthority() + "\r\nContent-Type: application/json\r\n"
				+ "Transfer-Encoding: chunked\r\n\r\n" + Integer.toHexString(MAX_MESSAGE_BYTES + 1) + "\r\n", chunk);
		assertTrue(chunked, chunked.startsWith("HTTP/1.1 413 "));
		assertTrue(chunked, chunked.contains("a message to the diagram server is at most 1048576 bytes; this one has more"));
		assertEquals(original, Files.readString(model));
	}

	@Test
	public void wrongMethodsPathsAndMessagesAreRefusedWithTheirReason() throws Exception {
		HttpResponse<String> get = http.send(HttpRequest.newBuilder(URI.create(url + "action")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(405, get.statusCode());
		assertEquals("POST", get.headers().firstValue("Allow").orElse(""));
		HttpResponse<String> postPage = http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());
		assertEquals(405, postPage.statusCode());
		assertEquals("GET", postPage.headers().firstValue("Allow").orElse(""));
		assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(url + "nosuch.js")).build(), HttpResponse.BodyHandlers.ofString()).statusCode());
		assertEquals(404, http.send(HttpRequest.newBuilder(URI.create(url + "actions")).POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
				HttpResponse.BodyHandlers.ofString()).statusCode());

		assertRefused(400, "not a JSON object: ", post("{not json"));
		assertRefused(400, "unknown action kind 'frobnicate'; the diagram server takes [", post(action("{\"kind\":\"frobnicate\"}")));
		assertRefused(400, "a malformed 'move' action: ", post(action("{\"kind\":\"move\",\"moves\":\"north\",\"finished\":true}")));
		assertRefused(400, "the action has no kind", post(action("{\"vm\":\"tester\"}")));
		assertRefused(400, "the body is not UTF-8 text: malformed at byte 10", post(new byte[] { '{', '"', 'a', 'c', 't', 'i', 'o', 'n', '"', ':', (byte) 0xC3, 0x28, '}' }));
		assertEquals(original, Files.readString(model));
	}

	@Test
	public void onlyItsOwnPageCanPostEdits() throws Exception {
		HttpRequest.Builder addVm = HttpRequest.newBuilder(URI.create(url + "action")).POST(HttpRequest.BodyPublishers.ofString(action("{\"kind\":\"addVm\"}")));
		assertRefused(403, "the diagram server answers only pages it served itself",
				http.send(addVm.copy().header("Content-Type", "application/json").header("Origin", "http://evil.example").build(), HttpResponse.BodyHandlers.ofString()));
		assertRefused(415, "actions are JSON (Content-Type: application/json)",
				http.send(addVm.copy().header("Content-Type", "text/plain").build(), HttpResponse.BodyHandlers.ofString()));
		assertEquals("nothing was changed", original, Files.readString(model));
		HttpResponse<String> own = http.send(addVm.copy().header("Content-Type", "application/json").header("Origin", url.substring(0, url.length() - 1)).build(),
				HttpResponse.BodyHandlers.ofString());
		assertEquals(200, own.statusCode());
		assertTrue(own.body(), own.body().contains("\"avpStatus\"") && own.body().contains("saved devbox.avp"));
		assertTrue(Files.readString(model).contains("vm vm1 {"));
	}

	private static String action(String action) {
		return "{\"clientId\":\"test\",\"action\":" + action + "}";
	}

	/** POSTs an action message; the answer must come within a few seconds (the model is read and drawn already). */
	private HttpResponse<String> post(String message) throws Exception {
		return post(message.getBytes(StandardCharsets.UTF_8));
	}

	private HttpResponse<String> post(byte[] message) throws Exception {
		return http.send(HttpRequest.newBuilder(URI.create(url + "action")).timeout(Duration.ofSeconds(REQUEST_SECONDS)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofByteArray(message)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private static void assertRefused(int status, String reason, HttpResponse<String> response) {
		assertEquals(response.body(), status, response.statusCode());
		assertTrue(response.body(), response.body().startsWith(reason));
		assertEquals("text/plain; charset=utf-8", response.headers().firstValue("Content-Type").orElse(""));
	}

	/**
	 * Sends a request over a plain socket and reads the answer's head and body (by its Content-Length): a refusal
	 * comes at once, while the server still waits for (and drains) the body it did not read.
	 */
	private String exchange(String head, byte[] body) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), URI.create(url).getPort())) {
			socket.setSoTimeout(5_000);
			OutputStream out = socket.getOutputStream();
			out.write(head.getBytes(StandardCharsets.US_ASCII));
			out.write(body);
			out.flush();
			InputStream in = socket.getInputStream();
			StringBuilder answer = new StringBuilder();
			int length = 0;
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				answer.append(line).append("\r\n");
				if (line.toLowerCase(java.util.Locale.ROOT).startsWith("content-length:")) {
					length = Integer.parseInt(line.substring(15).strip());
				}
			}
			return answer.append("\r\n").append(new String(in.readNBytes(length), StandardCharsets.UTF_8)).toString();
		}
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int c = in.read(); c >= 0 && c != '\n'; c = in.read()) {
			if (c != '\r') {
				line.append((char) c);
			}
		}
		return line.toString();
	}

	/** A read of a connection the server has closed: -1, or a reset when data was left unread. */
	private static int readOrReset(InputStream in) throws IOException {
		try {
			return in.read();
		} catch (java.net.SocketException reset) {
			return -1;
		}
	}
}
