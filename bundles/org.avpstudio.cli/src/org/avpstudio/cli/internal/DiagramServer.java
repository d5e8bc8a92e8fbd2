package org.avpstudio.cli.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import org.avpstudio.diagram.Diagrams;
import org.avpstudio.diagram.edit.ModelEdit;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.Profile;

/**
 * {@code avp diagram MODEL --serve}: the platform diagram as a web page with a palette, served on localhost. Each
 * palette action is sent to this server, applied to the model through the .avp serializer (comments and layout of
 * untouched text stay) and written back to the file atomically; the page then shows the new diagram. The same
 * edits as the Eclipse diagram view, for browsers and for tests that drive a real browser.
 */
final class DiagramServer {

	private final Path model;
	private final Profile profile;
	private final ServerSocket socket;

	DiagramServer(Path model, Profile profile, int port) throws IOException {
		this.model = model.toAbsolutePath();
		this.profile = profile;
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
		int length = 0;
		for (String header = in.readLine(); header != null && !header.isEmpty(); header = in.readLine()) {
			if (header.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
				length = Integer.parseInt(header.substring(15).strip());
			}
		}
		char[] body = new char[length];
		for (int read = 0; read < length;) {
			int n = in.read(body, read, length - read);
			if (n < 0) {
				break;
			}
			read += n;
		}
		String[] parts = request.split(" ");
		String method = parts[0];
		String path = parts.length > 1 ? parts[1] : "/";
		OutputStream out = client.getOutputStream();
		try {
			if (method.equals("GET") && path.equals("/")) {
				respond(out, 200, "text/html; charset=utf-8", page());
			} else if (method.equals("GET") && path.equals("/svg")) {
				respond(out, 200, "image/svg+xml; charset=utf-8", svg());
			} else if (method.equals("POST") && path.equals("/edit")) {
				String problem = edit(form(new String(body)));
				respond(out, problem == null ? 200 : 400, "application/json", problem == null ? "{\"ok\":true}"
						: "{\"error\":\"" + problem.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}");
			} else {
				respond(out, 404, "text/plain", "not found");
			}
		} catch (CliException e) {
			respond(out, 500, "text/plain; charset=utf-8", e.getMessage());
		}
	}

	private static Map<String, String> form(String body) {
		Map<String, String> values = new HashMap<>();
		for (String pair : body.split("&")) {
			int eq = pair.indexOf('=');
			if (eq > 0) {
				values.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
			}
		}
		return values;
	}

	private static void respond(OutputStream out, int status, String type, String text) throws IOException {
		byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
		String head = "HTTP/1.1 " + status + (status == 200 ? " OK" : " Error") + "\r\nContent-Type: " + type + "\r\nContent-Length: " + bytes.length
				+ "\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n";
		out.write(head.getBytes(StandardCharsets.US_ASCII));
		out.write(bytes);
		out.flush();
	}

	private synchronized ModelWorkspace.Validated read() throws CliException {
		ModelWorkspace.Validated validated = new ModelWorkspace(CatalogLoader.builtIn(), profile).validate(model);
		if (validated.unreadable()) {
			throw new CliException(model.getFileName() + " has errors; fix them in the text first");
		}
		return validated;
	}

	private String svg() throws CliException {
		ModelWorkspace.Validated validated = read();
		PlatformScope scope = new PlatformScope(AvpValidator.platformParts((Platform) validated.resource().getContents().get(0)));
		return Diagrams.svg(scope, new ComplianceEngine(CatalogLoader.builtIn(), profile).validate(scope.parts()));
	}

	/** Applies one palette action; null when done, else why not. */
	private synchronized String edit(Map<String, String> form) {
		Consumer<Platform> change = switch (form.getOrDefault("op", "")) {
		case "addVm" -> ModelEdit.addVm("vm");
		case "addDevice" -> ModelEdit.addDevice(form.getOrDefault("vm", ""), form.getOrDefault("kind", "EntropyDevice"), form.getOrDefault("name", "dev"));
		case "addChannel" -> ModelEdit.addVsockChannel(form.getOrDefault("from", ""), form.getOrDefault("to", ""));
		case "moveDevice" -> ModelEdit.moveDevice(form.getOrDefault("vm", ""), form.getOrDefault("device", ""), form.getOrDefault("to", ""));
		case "rename" -> ModelEdit.renameVm(form.getOrDefault("vm", ""), form.getOrDefault("name", ""));
		case "delete" -> ModelEdit.deleteVm(form.getOrDefault("vm", ""));
		case "criticality" -> ModelEdit.setCriticality(form.getOrDefault("vm", ""), form.getOrDefault("value", ""));
		default -> null;
		};
		if (change == null) {
			return "unknown action '" + form.get("op") + "'";
		}
		try {
			String text = ModelEdit.apply(read().resource(), change);
			AtomicFile.write(model, text, "model");
			return null;
		} catch (IllegalStateException | CliException e) {
			return e.getMessage();
		}
	}

	private String page() throws CliException {
		StringBuilder kinds = new StringBuilder();
		for (String[] kind : new String[][] { { "EntropyDevice", "virtio-rng", "rng" }, { "BlockDevice", "virtio-blk", "disk" },
				{ "NetworkDevice", "virtio-net", "eth" }, { "ConsoleDevice", "virtio-console", "hvc" }, { "VsockDevice", "virtio-vsock", "vsock" },
				{ "GpuDevice", "virtio-gpu", "gpu" }, { "SoundDevice", "virtio-snd", "sound" }, { "WatchdogDevice", "watchdog", "wdt" } }) {
			kinds.append("<option value=\"").append(kind[0]).append("\" data-name=\"").append(kind[2]).append("\">").append(kind[1]).append("</option>");
		}
		return """
				<!DOCTYPE html><html><head><meta charset="utf-8"><title>AVP diagram</title><style>
				body{margin:0;font:13px system-ui,"DejaVu Sans",sans-serif;background:#fbfcfe}
				#palette{position:sticky;top:0;display:flex;gap:8px;align-items:center;padding:8px 12px;background:#0d2847;color:#fff}
				#palette button,#palette select{font:inherit;padding:3px 8px}
				#status{margin-left:12px;color:#ffd8a8}
				g.box{cursor:pointer} g.box.selected>rect:first-child{stroke:#0b57d0;stroke-width:3.5}
				</style></head><body>
				<div id="palette"><b>Palette</b>
				<button data-action="add-vm">Add VM</button>
				<select id="kind">KINDS</select><button data-action="add-device">Add device to selected VM</button>
				<button data-action="connect">vsock from selected VM to…</button>
				<select id="criticality"><option>QM</option><option>ASIL-A</option><option>ASIL-B</option><option>ASIL-C</option><option>ASIL-D</option></select>
				<button data-action="criticality">Set criticality</button>
				<button data-action="rename">Rename…</button><button data-action="delete">Delete VM</button>
				<span id="selection">nothing selected</span><span id="status"></span></div>
				<div id="diagram">SVG</div>
				<script>
				var selected=null;
				function vm(){return selected&&selected.indexOf('vm:')===0?selected.substring(3):null;}
				function mark(){document.querySelectorAll('g.box').forEach(function(g){g.classList.toggle('selected',g.dataset.id===selected);});
				  document.getElementById('selection').textContent=selected?('selected: '+selected):'nothing selected';}
				var drag=null;
				function wire(){document.querySelectorAll('g.box').forEach(function(g){g.addEventListener('click',function(){selected=g.dataset.id;mark();});
				  g.addEventListener('mouseup',function(){if(drag&&g.dataset.id.indexOf('vm:')===0&&g.dataset.id!==drag.vm){
				    edit({op:'moveDevice',vm:drag.vm.substring(3),device:drag.device,to:g.dataset.id.substring(3)});}drag=null;});});
				  document.querySelectorAll('text.row').forEach(function(t){t.style.cursor='grab';t.addEventListener('mousedown',function(e){
				    drag={vm:t.closest('g.box').dataset.id,device:t.dataset.device};e.preventDefault();});});mark();}
				function reload(){return fetch('/svg').then(function(r){return r.text();}).then(function(t){document.getElementById('diagram').innerHTML=t;wire();});}
				function edit(params){var body=new URLSearchParams(params).toString();
				  return fetch('/edit',{method:'POST',headers:{'Content-Type':'application/x-www-form-urlencoded'},body:body})
				  .then(function(r){return r.json();}).then(function(j){document.getElementById('status').textContent=j.error?('not changed: '+j.error):'saved';
				  document.body.dataset.edits=(+(document.body.dataset.edits||0)+1);return reload();});}
				document.querySelector('[data-action=add-vm]').onclick=function(){edit({op:'addVm'});};
				document.querySelector('[data-action=add-device]').onclick=function(){var k=document.getElementById('kind');
				  edit({op:'addDevice',vm:vm()||'',kind:k.value,name:k.selectedOptions[0].dataset.name});};
				document.querySelector('[data-action=connect]').onclick=function(){var to=prompt('to VM');if(to)edit({op:'addChannel',from:vm()||'',to:to});};
				document.querySelector('[data-action=criticality]').onclick=function(){edit({op:'criticality',vm:vm()||'',value:document.getElementById('criticality').value});};
				document.querySelector('[data-action=rename]').onclick=function(){var n=prompt('new name',vm()||'');if(n)edit({op:'rename',vm:vm()||'',name:n});};
				document.querySelector('[data-action=delete]').onclick=function(){edit({op:'delete',vm:vm()||''});};
				wire();
				</script></body></html>
				""".replace("KINDS", kinds).replace("SVG", svg());
	}
}
