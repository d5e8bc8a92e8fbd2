// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.avpstudio.importer.ImportException;
import org.avpstudio.importer.internal.Json;

/**
 * QEMU's monitor (QMP) over a UNIX socket: one JSON message per line, read with Jackson through the importer's
 * {@link Json}. Enough to ask a paused guest what it has.
 */
final class Qmp implements AutoCloseable {

	private final SocketChannel channel;
	private final StringBuilder pending = new StringBuilder();

	Qmp(Path socket, Process qemu) throws Exception {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!Files.exists(socket) && qemu.isAlive() && System.currentTimeMillis() < deadline) {
			Thread.sleep(50);
		}
		channel = connected(socket, qemu, deadline);
		message(); // the greeting
		execute("qmp_capabilities", null);
	}

	// the socket file exists once QEMU has bound it, a moment before it listens: refused connections are tried again
	private static SocketChannel connected(Path socket, Process qemu, long deadline) throws Exception {
		while (true) {
			SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX);
			try {
				channel.connect(UnixDomainSocketAddress.of(socket));
				return channel;
			} catch (java.net.ConnectException | java.nio.file.NoSuchFileException e) {
				channel.close();
				if (!qemu.isAlive() || System.currentTimeMillis() > deadline) {
					throw e;
				}
				Thread.sleep(50);
			}
		}
	}

	/** Runs {@code command} with {@code arguments} (a JSON object's text, or null) and returns its {@code return} value. */
	Json execute(String command, String arguments) throws IOException, ImportException {
		String request = "{\"execute\":\"" + command + "\"" + (arguments == null ? "" : ",\"arguments\":" + arguments) + "}\n";
		channel.write(ByteBuffer.wrap(request.getBytes(StandardCharsets.UTF_8)));
		while (true) {
			Json reply = message();
			if (reply.member("error") != null) {
				throw new IOException(command + ": " + reply.member("error").member("desc").text());
			}
			if (reply.member("return") != null) {
				return reply.member("return");
			}
		}
	}

	private Json message() throws IOException, ImportException {
		ByteBuffer buffer = ByteBuffer.allocate(65536);
		while (pending.indexOf("\n") < 0) {
			buffer.clear();
			if (channel.read(buffer) < 0) {
				throw new IOException("QEMU closed its monitor: " + pending);
			}
			pending.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
		}
		int end = pending.indexOf("\n");
		String line = pending.substring(0, end);
		pending.delete(0, end + 1);
		return Json.parse(Path.of("qmp"), line);
	}

	@Override
	public void close() throws IOException {
		try {
			execute("quit", null);
		} catch (IOException | ImportException e) {
			// QEMU may close the socket before it answers
		}
		channel.close();
	}
}
