// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import static org.junit.Assert.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.rules.ExternalResource;

/** {@code avp diagram MODEL --serve} run in this JVM on free ports for one test, and stopped after it. */
final class ServedDiagrams extends ExternalResource {

	private final List<Thread> servers = new ArrayList<>();

	/** Starts serving {@code model}; the server's URL (ending in /) once it answers. */
	String serve(Path model) throws Exception {
		int port;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			port = free.getLocalPort();
		}
		Thread server = new Thread(() -> Avp.run("diagram", model.toString(), "--serve", "--port", String.valueOf(port)), "avp diagram --serve");
		server.setDaemon(true);
		server.start();
		servers.add(server);
		String url = "http://127.0.0.1:" + port + "/";
		HttpClient http = HttpClient.newHttpClient();
		long end = System.currentTimeMillis() + 60_000;
		while (true) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return url;
				}
			} catch (java.io.IOException e) {
				assertTrue("the diagram server starts", System.currentTimeMillis() < end);
				Thread.sleep(200);
			}
		}
	}

	/** Interrupting the command's thread stops its server. */
	@Override
	protected void after() {
		for (Thread server : servers) {
			server.interrupt();
			try {
				server.join(10_000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
