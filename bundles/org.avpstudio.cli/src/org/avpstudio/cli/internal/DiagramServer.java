package org.avpstudio.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.avpstudio.diagram.DiagramModel;
import org.avpstudio.diagram.PlatformDiagram;
import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.diagram.sprotty.DiagramClient;
import org.avpstudio.diagram.sprotty.DiagramSession;
import org.avpstudio.core.ModelException;
import org.avpstudio.core.ModelSet;
import org.avpstudio.core.PlatformModel;
import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.model.Platform;

/**
 * {@code avp diagram MODEL --serve}: the Sprotty diagram client with a palette, served on localhost, and its diagram
 * server ({@link DiagramSession}) in this process. The client POSTs each action message to {@code /action}; the
 * answer is the list of messages for it (the model, its updates, the outcome of an edit). Edits go through the .avp
 * serializer (comments and layout of untouched text stay) and are written back to the file atomically. A change
 * of the file by another editor is picked up with the next action.
 */
final class DiagramServer implements DiagramSession.Host {

	private final Path model;
	private final ComplianceSettings settings;
	private final ServerSocket socket;
	private final DiagramSession session = new DiagramSession(this);
	private final List<String> outbox = new ArrayList<>();
	private FileTime shown;
	/** The file as last read (null when it could not be drawn): edits start from it instead of reading it again. */
	private PlatformModel current;

	DiagramServer(Path model, ComplianceSettings settings, int port) throws IOException {
		this.model = model.toAbsolutePath();
		this.settings = settings;
		this.socket = new ServerSocket(port, 16, InetAddress.getLoopbackAddress());
	}

	int port() {
		return socket.getLocalPort();
	}

	/** Serves until the process ends (or the socket is closed). */
	void serve() {
		while (!socket.isClosed()) {
			try (Socket client = socket.accept()) {
				handle(client);
			} catch (IOException e) {
				// one broken connection does not stop the server
			}
		}
	}

	void close() throws IOException {
		socket.close();
	}

	private void handle(Socket client) throws IOException {
		BufferedReader in = new BufferedReader(new InputStreamReader(client.getInputStream(), StandardCharsets.UTF_8));
		String request = in.readLine();
		if (request == null) {
			return;
		}
		Map<String, String> headers = new HashMap<>();
		for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
			int colon = header.indexOf(':');
			if (colon > 0) {
				headers.put(header.substring(0, colon).strip().toLowerCase(Locale.ROOT), header.substring(colon + 1).strip());
			}
		}
		int length;
		try {
			length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
		} catch (NumberFormatException e) {
			length = 0;
		}
		char[] body = new char[Math.min(length, 1 << 20)];
		for (int read = 0; read < body.length;) {
			int n = in.read(body, read, body.length - read);
			if (n < 0) {
				break;
			}
			read += n;
		}
		String[] parts = request.split(" ");
		String method = parts[0];
		String path = parts.length > 1 ? parts[1] : "/";
		OutputStream out = client.getOutputStream();
		if (!fromThisMachine(headers)) {
			respond(out, 403, "text/plain", "the diagram server answers only pages it served itself".getBytes(StandardCharsets.US_ASCII));
			return;
		}
		if (method.equals("POST") && path.equals("/action")) {
			if (!headers.getOrDefault("content-type", "").startsWith("application/json")) {
				respond(out, 415, "text/plain", "actions are JSON (Content-Type: application/json)".getBytes(StandardCharsets.US_ASCII));
				return;
			}
			respond(out, 200, "application/json", actions(new String(body)).getBytes(StandardCharsets.UTF_8));
			return;
		}
		String name = path.equals("/") ? DiagramClient.PAGE : path.substring(1);
		byte[] file = method.equals("GET") ? DiagramClient.file(name) : null;
		if (file == null) {
			respond(out, 404, "text/plain", "not found".getBytes(StandardCharsets.US_ASCII));
		} else {
			respond(out, 200, DiagramClient.contentType(name), file);
		}
	}

	/**
	 * Whether a request comes from this server's own page: the Host is this loopback address (no DNS rebinding), and
	 * a browser's Origin, when sent, is this server (another web site cannot post edits to the model).
	 */
	private boolean fromThisMachine(Map<String, String> headers) {
		String port = String.valueOf(port());
		String host = headers.getOrDefault("host", "");
		boolean local = host.equals("127.0.0.1:" + port) || host.equals("localhost:" + port);
		String origin = headers.get("origin");
		return local && (origin == null || origin.equals("http://127.0.0.1:" + port) || origin.equals("http://localhost:" + port));
	}

	/** Handles one action message of the client; the messages for it, as a JSON array. */
	private synchronized String actions(String message) {
		outbox.clear();
		refresh();
		session.receive(message);
		return "[" + String.join(",", outbox) + "]";
	}

	/** Shows the file's platform if it changed since it was last shown (or reports why it cannot be drawn). */
	private void refresh() {
		try {
			FileTime modified = Files.getLastModifiedTime(model);
			if (!modified.equals(shown)) {
				shown = modified;
				current = null;
				current = read();
				session.show(diagram(current));
			}
		} catch (IOException e) {
			session.status("error", "cannot read " + model.getFileName() + ": " + e.getMessage());
		} catch (CliException e) {
			session.status("error", e.getMessage());
		}
	}

	private static void respond(OutputStream out, int status, String type, byte[] bytes) throws IOException {
		String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : status == 403 ? " Forbidden" : status == 404 ? " Not Found" : " Unsupported Media Type") + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
				+ "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	private PlatformModel read() throws CliException {
		try {
			PlatformModel loaded = new ModelSet(settings).load(model);
			if (!loaded.usable()) {
				throw new CliException(model.getFileName() + " has errors; fix them in the text first");
			}
			return loaded;
		} catch (ModelException e) {
			throw new CliException(e.getMessage());
		}
	}

	private static DiagramModel diagram(PlatformModel loaded) {
		return PlatformDiagram.of(loaded.scope(), loaded.compliance());
	}

	@Override
	public void send(String message) {
		outbox.add(message);
	}

	@Override
	public void apply(Consumer<Platform> change) {
		try {
			String text = ModelEdit.apply((current != null ? current : read()).resource(), change);
			FileSave.save(model, text);
			refresh();
			session.status("info", "saved " + model.getFileName());
		} catch (IllegalStateException | CliException | SaveException e) {
			session.status("error", "not changed: " + e.getMessage());
		}
	}
}
