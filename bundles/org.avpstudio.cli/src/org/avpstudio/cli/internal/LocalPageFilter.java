// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.IOException;
import java.util.List;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;

/**
 * Lets through only requests from the diagram server's own page: the Host is this loopback address (no DNS
 * rebinding), and a browser's Origin, when sent, is this server (another web site cannot post edits to the model).
 */
final class LocalPageFilter extends Filter {

	private final List<String> hosts;

	LocalPageFilter(int port) {
		this.hosts = List.of("127.0.0.1:" + port, "localhost:" + port);
	}

	@Override
	public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
		String host = exchange.getRequestHeaders().getFirst("Host");
		String origin = exchange.getRequestHeaders().getFirst("Origin");
		if (hosts.contains(host) && (origin == null || hosts.stream().anyMatch(h -> origin.equals("http://" + h)))) {
			chain.doFilter(exchange);
		} else {
			DiagramServer.refuse(exchange, new HttpRefusal(403, "the diagram server answers only pages it served itself"));
		}
	}

	@Override
	public String description() {
		return "only this server's own page";
	}
}
