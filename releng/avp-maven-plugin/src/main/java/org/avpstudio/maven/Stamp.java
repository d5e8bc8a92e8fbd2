// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeSet;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;

/**
 * A goal's record of its last run (one file under {@code target/avp/.stamps/}): a hash of the settings and of every
 * input file's content (the models and the files they imported), the input files, the output files and the result
 * lines. When the hash of the same inputs is the same again and every output is still there, the goal replays the
 * result instead of loading anything.
 *
 * <pre>
 * key HEX
 * input /abs/path.avp
 * output /abs/path
 * line SEVERITY TEXT
 * </pre>
 */
final class Stamp {
	final String key;
	final List<Path> inputs;
	final List<Path> outputs;
	final List<String> lines;

	Stamp(String key, List<Path> inputs, List<Path> outputs, List<String> lines) {
		this.key = key;
		this.inputs = inputs;
		this.outputs = outputs;
		this.lines = lines;
	}

	/** The stamp last written at {@code file}, or null when there is none or it cannot be read. */
	static Stamp read(Path file) {
		if (!Files.isRegularFile(file)) {
			return null;
		}
		try {
			String key = null;
			List<Path> inputs = new ArrayList<>();
			List<Path> outputs = new ArrayList<>();
			List<String> lines = new ArrayList<>();
			for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
				int space = line.indexOf(' ');
				if (space < 0) {
					continue;
				}
				String value = line.substring(space + 1);
				switch (line.substring(0, space)) {
				case "key" -> key = value;
				case "input" -> inputs.add(Path.of(value));
				case "output" -> outputs.add(Path.of(value));
				case "line" -> lines.add(value);
				default -> {
				}
				}
			}
			return key == null ? null : new Stamp(key, inputs, outputs, lines);
		} catch (IOException | RuntimeException e) {
			return null;
		}
	}

	/** Whether this stamp is of a run with the same settings and input contents whose outputs are all still there. */
	boolean upToDate(List<String> settings, List<Path> models) {
		return key.equals(key(settings, union(models, inputs))) && outputs.stream().allMatch(Files::exists);
	}

	void write(Path file) throws IOException {
		StringBuilder text = new StringBuilder("key ").append(key).append('\n');
		inputs.forEach(p -> text.append("input ").append(p).append('\n'));
		outputs.forEach(p -> text.append("output ").append(p).append('\n'));
		lines.forEach(l -> text.append("line ").append(l.replace('\n', ' ')).append('\n'));
		Files.createDirectories(file.getParent());
		Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}

	/** The input files of a run: the models and every file their resource sets loaded (imports). */
	static List<Path> inputs(List<Path> models, List<ResourceSet> resourceSets) {
		TreeSet<Path> all = new TreeSet<>(models);
		for (ResourceSet set : resourceSets) {
			for (Resource resource : set.getResources()) {
				URI uri = resource.getURI();
				if (uri != null && uri.isFile()) {
					all.add(Path.of(uri.toFileString()).toAbsolutePath().normalize());
				}
			}
		}
		return List.copyOf(all);
	}

	static List<Path> union(List<Path> a, List<Path> b) {
		TreeSet<Path> all = new TreeSet<>(a);
		all.addAll(b);
		return List.copyOf(all);
	}

	static String key(List<String> settings, List<Path> inputs) {
		MessageDigest digest = sha256();
		settings.forEach(s -> digest.update((s + '\n').getBytes(StandardCharsets.UTF_8)));
		for (Path input : new TreeSet<>(inputs)) {
			digest.update((input + " " + hash(input) + '\n').getBytes(StandardCharsets.UTF_8));
		}
		return HexFormat.of().formatHex(digest.digest());
	}

	/** SHA-256 of a file's content, {@code missing} when it cannot be read. */
	static String hash(Path file) {
		MessageDigest digest = sha256();
		try (InputStream in = Files.newInputStream(file)) {
			byte[] buffer = new byte[65536];
			for (int n; (n = in.read(buffer)) > 0;) {
				digest.update(buffer, 0, n);
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (IOException e) {
			return "missing";
		}
	}

	private static MessageDigest sha256() {
		try {
			return MessageDigest.getInstance("SHA-256");
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
