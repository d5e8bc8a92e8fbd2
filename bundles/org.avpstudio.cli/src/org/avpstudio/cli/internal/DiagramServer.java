// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.avpstudio.diagram.sprotty.ActionCodec;
import org.avpstudio.diagram.sprotty.DiagramClient;
import org.avpstudio.diagram.sprotty.MalformedActionException;
import org.avpstudio.dsl.validation.ComplianceSettings;

import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * {@code avp diagram MODEL --serve}: the Sprotty diagram client with a palette, served on localhost by the JDK's
 * HTTP server, and the diagram of the file ({@link ModelFileDiagram}) in this process. {@code GET /} and the
 * client's files; {@code POST /action} with one action message (JSON, UTF-8) is answered with the messages for it.
 * Each connection is served on its own (virtual) thread, so a slow client delays no other; a request must arrive
 * whole within {@value #REQUEST_SECONDS} s, and its answer be taken within {@value #RESPONSE_SECONDS} s, or the
 * connection is closed.
 */
final class DiagramServer {

	/** The largest action message taken; the client's are a few hundred bytes. */
	static final int MAX_MESSAGE_BYTES = 1 << 20;
	/** How long a request (line, headers and body) may take to arrive. */
	static final int REQUEST_SECONDS = 10;
	/** How long a request may take from its last byte until its answer is sent (a large model is laid out in between). */
	static final int RESPONSE_SECONDS = 60;

	private final HttpServer http;
	private final ExecutorService threads = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("avp-diagram-http-", 0).factory());
	private final ModelFileDiagram diagram;

	DiagramServer(Path model, ComplianceSettings settings, int port) throws IOException {
		limitRequestTimes();
		this.diagram = new ModelFileDiagram(model, settings);
		this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
		LocalPageFilter ownPage = new LocalPageFilter(port());
		route("/", this::clientFile, ownPage);
		route("/action", this::action, ownPage);
		http.setExecutor(threads);
	}

	int port() {
		return http.getAddress().getPort();
	}

	/** Serves until the process ends or the calling thread is interrupted. */
	void serve() {
		http.start();
		try {
			new CountDownLatch(1).await();
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		} finally {
			http.stop(0);
			threads.shutdownNow();
		}
	}

	/**
	 * The JDK server reads its time limits from system properties once, when the first server of the process is
	 * made: set them (unless given with -D) before that. A limit of -1, the JDK's default, would let a client that
	 * stops half-way through a request hold its connection and thread for good.
	 */
	private static void limitRequestTimes() {
		if (System.getProperty("sun.net.httpserver.maxReqTime") == null) {
			System.setProperty("sun.net.httpserver.maxReqTime", String.valueOf(REQUEST_SECONDS));
		}
		if (System.getProperty("sun.net.httpserver.maxRspTime") == null) {
			System.setProperty("sun.net.httpserver.maxRspTime", String.valueOf(RESPONSE_SECONDS));
		}
	}

	/** Requests below {@code path} go through {@code filter} to {@code answer}; a refusal is answered with its status and reason. */
	private void route(String path, Answer answer, LocalPageFilter filter) {
		HttpContext context = http.createContext(path, request -> {
			try {
				answer.to(request);
			} catch (HttpRefusal refusal) {
				refuse(request, refusal);
			} catch (RuntimeException e) {
				refuse(request, new HttpRefusal(HttpURLConnection.HTTP_INTERNAL_ERROR, "internal error of the diagram server: " + e));
			} finally {
				request.close();
			}
		});
		context.getFilters().add(filter);
	}

	/** Answers one request, or refuses it with an {@link HttpRefusal}. */
	private interface Answer {
		void to(HttpExchange request) throws IOException, HttpRefusal;
	}

	private void clientFile(HttpExchange request) throws IOException, HttpRefusal {
		String path = request.getRequestURI().getPath();
		String name = path.equals("/") ? DiagramClient.PAGE : path.substring(1);
		byte[] file = DiagramClient.file(name);
		if (file == null) {
			throw new HttpRefusal(HttpURLConnection.HTTP_NOT_FOUND, "no such file: " + path);
		}
		allow(request, "GET");
		respond(request, HttpURLConnection.HTTP_OK, DiagramClient.contentType(name), file);
	}

	private void action(HttpExchange request) throws IOException, HttpRefusal {
		if (!request.getRequestURI().getPath().equals("/action")) {
			throw new HttpRefusal(HttpURLConnection.HTTP_NOT_FOUND, "no such file: " + request.getRequestURI().getPath());
		}
		allow(request, "POST");
		String type = request.getRequestHeaders().getFirst("Content-Type");
		if (type == null || !type.startsWith("application/json")) {
			throw new HttpRefusal(415, "actions are JSON (Content-Type: application/json)");
		}
		String message = RequestBody.utf8(request, MAX_MESSAGE_BYTES);
		try {
			String answer = diagram.answer(ActionCodec.decode(message));
			respond(request, HttpURLConnection.HTTP_OK, "application/json; charset=utf-8", answer.getBytes(StandardCharsets.UTF_8));
		} catch (MalformedActionException e) {
			throw new HttpRefusal(HttpURLConnection.HTTP_BAD_REQUEST, e.getMessage());
		}
	}

	private static void allow(HttpExchange request, String method) throws HttpRefusal {
		if (!request.getRequestMethod().equals(method)) {
			request.getResponseHeaders().set("Allow", method);
			throw new HttpRefusal(HttpURLConnection.HTTP_BAD_METHOD, request.getRequestURI().getPath() + " takes " + method + " only");
		}
	}

	static void refuse(HttpExchange request, HttpRefusal refusal) throws IOException {
		respond(request, refusal.status(), "text/plain; charset=utf-8", refusal.getMessage().getBytes(StandardCharsets.UTF_8));
	}

	private static void respond(HttpExchange request, int status, String type, byte[] body) throws IOException {
		request.getResponseHeaders().set("Content-Type", type);
		request.getResponseHeaders().set("Cache-Control", "no-store");
		request.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
		try (OutputStream out = request.getResponseBody()) {
			out.write(body);
		}
	}
}
