// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import java.io.IOException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Talks QMP (QEMU's JSON monitor protocol) over a UNIX socket: enough to list devices of a paused guest. */
final class QmpClient implements AutoCloseable {

	private final SocketChannel channel;
	private final StringBuilder pending = new StringBuilder();

	QmpClient(Path socket) throws Exception {
		long deadline = System.currentTimeMillis() + 20_000;
		while (!Files.exists(socket) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
		}
		channel = SocketChannel.open(StandardProtocolFamily.UNIX);
		channel.connect(UnixDomainSocketAddress.of(socket));
		readMessage(); // greeting
		execute("{\"execute\":\"qmp_capabilities\"}");
	}

	/** Sends a command and returns its reply line (skipping asynchronous events). */
	String execute(String command) throws IOException {
		channel.write(ByteBuffer.wrap((command + "\n").getBytes(StandardCharsets.UTF_8)));
		while (true) {
			String message = readMessage();
			if (message.contains("\"return\"") || message.contains("\"error\"")) {
				return message;
			}
		}
	}

	private String readMessage() throws IOException {
		ByteBuffer buffer = ByteBuffer.allocate(65536);
		while (pending.indexOf("\n") < 0) {
			buffer.clear();
			if (channel.read(buffer) < 0) {
				throw new IOException("QEMU closed the monitor: " + pending);
			}
			pending.append(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
		}
		int end = pending.indexOf("\n");
		String line = pending.substring(0, end).strip();
		pending.delete(0, end + 1);
		return line;
	}

	@Override
	public void close() throws IOException {
		try {
			execute("{\"execute\":\"quit\"}");
		} catch (IOException e) {
			// QEMU may close first
		}
		channel.close();
	}
}
