// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Drives Debian's headless Chromium over the Chrome DevTools Protocol (a WebSocket), as a user's browser: opens a
 * page, runs script in it (clicks), reads values back, takes screenshots. No npm packages needed.
 */
final class Cdp implements AutoCloseable {

	private final Process chromium;
	private final WebSocket socket;
	private final AtomicInteger ids = new AtomicInteger();
	private final Map<Integer, CompletableFuture<String>> pending = new ConcurrentHashMap<>();

	private Cdp(Process chromium, WebSocket socket) {
		this.chromium = chromium;
		this.socket = socket;
	}

	/** Starts Chromium on {@code url} and connects to its page. */
	static Cdp open(String url, Path profile) throws Exception {
		int debugPort;
		try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
			debugPort = free.getLocalPort();
		}
		Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1400,1000",
				"--remote-debugging-port=" + debugPort, "--remote-allow-origins=*", "--user-data-dir=" + profile, url)
				.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
		HttpClient http = HttpClient.newHttpClient();
		String webSocketUrl = null;
		long end = System.currentTimeMillis() + 60_000;
		while (webSocketUrl == null && System.currentTimeMillis() < end) {
			try {
				String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + debugPort + "/json")).build(),
						HttpResponse.BodyHandlers.ofString()).body();
				Matcher page = Pattern.compile("\"type\":\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"|\"webSocketDebuggerUrl\":\\s*\"([^\"]+)\"[^}]*?\"type\":\\s*\"page\"")
						.matcher(list.replace("\n", " "));
				if (page.find()) {
					webSocketUrl = page.group(1) != null ? page.group(1) : page.group(2);
				}
			} catch (java.io.IOException e) {
				Thread.sleep(200);
			}
		}
		if (webSocketUrl == null) {
			chromium.destroyForcibly();
			throw new IllegalStateException("Chromium's DevTools page did not come up");
		}
		Cdp[] self = new Cdp[1];
		StringBuilder partial = new StringBuilder();
		WebSocket socket = http.newWebSocketBuilder().buildAsync(URI.create(webSocketUrl), new WebSocket.Listener() {
			@Override
			public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
				partial.append(data);
				if (last) {
					String message = partial.toString();
					partial.setLength(0);
					Matcher id = Pattern.compile("^\\{\"id\":(\\d+)").matcher(message);
					if (id.find() && self[0] != null) {
						CompletableFuture<String> waiting = self[0].pending.remove(Integer.parseInt(id.group(1)));
						if (waiting != null) {
							waiting.complete(message);
						}
					}
				}
				webSocket.request(1);
				return null;
			}
		}).get(30, TimeUnit.SECONDS);
		self[0] = new Cdp(chromium, socket);
		return self[0];
	}

	/** Sends one DevTools command and returns its JSON answer. */
	String send(String method, String paramsJson) throws Exception {
		int id = ids.incrementAndGet();
		CompletableFuture<String> answer = new CompletableFuture<>();
		pending.put(id, answer);
		socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + paramsJson + "}", true).get(30, TimeUnit.SECONDS);
		return answer.get(60, TimeUnit.SECONDS);
	}

	/** Evaluates a script in the page (awaiting a promise) and returns its value as JSON text. */
	String eval(String script) throws Exception {
		String answer = send("Runtime.evaluate", "{\"expression\":" + json(script) + ",\"returnByValue\":true,\"awaitPromise\":true}");
		Matcher value = Pattern.compile("\"value\":(\"(?:[^\"\\\\]|\\\\.)*\"|[^,}]+)").matcher(answer);
		return value.find() ? value.group(1) : answer;
	}

	/** Waits until a script evaluates to true. */
	void waitFor(String what, String condition) throws Exception {
		long end = System.currentTimeMillis() + 60_000;
		while (!"true".equals(eval(condition))) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out waiting in the browser for: " + what);
			}
			Thread.sleep(100);
		}
	}

	/** A real mouse event at page coordinates: {@code type} is mousePressed, mouseMoved or mouseReleased (left button). */
	void mouse(String type, double x, double y) throws Exception {
		send("Input.dispatchMouseEvent", String.format(java.util.Locale.ROOT, "{\"type\":\"%s\",\"x\":%.1f,\"y\":%.1f,\"button\":\"left\",\"buttons\":%d,\"clickCount\":1}",
				type, x, y, type.equals("mouseReleased") ? 0 : 1));
	}

	/** Presses the left button at one point, moves in steps to another and releases there, as a hand would drag. */
	void drag(double[] from, double[] to) throws Exception {
		mouse("mousePressed", from[0], from[1]);
		for (int step = 1; step <= 8; step++) {
			mouse("mouseMoved", from[0] + (to[0] - from[0]) * step / 8, from[1] + (to[1] - from[1]) * step / 8);
		}
		mouse("mouseReleased", to[0], to[1]);
	}

	/** A left click at a point. */
	void click(double[] at) throws Exception {
		mouse("mousePressed", at[0], at[1]);
		mouse("mouseReleased", at[0], at[1]);
	}

	/** The centre of the first element matching a CSS selector, in page coordinates. */
	double[] centre(String selector) throws Exception {
		String at = eval("(function(){var r=document.querySelector(" + json(selector) + ").getBoundingClientRect();return (r.left+r.width/2)+','+(r.top+r.height/2);})()");
		String[] xy = at.replace("\"", "").split(",");
		return new double[] { Double.parseDouble(xy[0]), Double.parseDouble(xy[1]) };
	}

	void screenshot(Path png) throws Exception {
		String answer = send("Page.captureScreenshot", "{\"format\":\"png\"}");
		Matcher data = Pattern.compile("\"data\":\"([^\"]+)\"").matcher(answer);
		if (data.find()) {
			Files.createDirectories(png.getParent());
			Files.write(png, Base64.getDecoder().decode(data.group(1)));
		}
	}

	static String json(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
	}

	@Override
	public void close() {
		socket.abort();
		chromium.destroyForcibly();
	}
}
