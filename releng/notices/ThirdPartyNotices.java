// SPDX-License-Identifier: EPL-2.0
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Writes the third-party notices of one distribution from the jars it actually ships: every jar below the given
 * folders gets a row (file, name, version, licence, home page). The licence is taken, in this order, from
 * {@code licenses.properties} beside this file (keys are bundle symbolic names or Maven artifact ids), the jar's
 * {@code Bundle-License} header, or the {@code <licenses>} of the Maven POM inside the jar. A jar whose licence
 * cannot be told fails the build with the jar's name, so nothing is shipped unlisted.
 *
 * <pre>java ThirdPartyNotices.java OUTPUT TITLE FOLDER...</pre>
 */
public final class ThirdPartyNotices {

	private static final Pattern LICENSE_NAME = Pattern.compile("<license>\\s*(?:<!--.*?-->\\s*)*<name>\\s*([^<]+?)\\s*</name>", Pattern.DOTALL);
	private static final Pattern POM_URL = Pattern.compile("^  <url>\\s*([^<]+?)\\s*</url>", Pattern.MULTILINE);
	private static final Pattern POM_NAME = Pattern.compile("^  <name>\\s*([^<]+?)\\s*</name>", Pattern.MULTILINE);

	record Row(String file, String name, String version, String license, String home) {
	}

	public static void main(String[] args) throws IOException {
		if (args.length < 3) {
			System.err.println("usage: java ThirdPartyNotices.java OUTPUT TITLE FOLDER...");
			System.exit(2);
		}
		Path output = Path.of(args[0]);
		Properties known = new Properties();
		Path here = Path.of(System.getProperty("jdk.launcher.sourcefile", "releng/notices/ThirdPartyNotices.java")).toAbsolutePath().getParent();
		try (InputStream in = Files.newInputStream(here.resolve("licenses.properties"))) {
			known.load(in);
		}
		Map<String, Row> rows = new TreeMap<>();
		List<String> unknown = new ArrayList<>();
		for (int i = 2; i < args.length; i++) {
			Path folder = Path.of(args[i]);
			if (!Files.isDirectory(folder)) {
				System.err.println("third-party notices: no folder " + folder);
				System.exit(2);
			}
			try (Stream<Path> jars = Files.walk(folder)) {
				for (Path jar : jars.filter(p -> p.getFileName().toString().endsWith(".jar")).sorted().toList()) {
					Row row = describe(jar, known);
					if (row.license() == null) {
						unknown.add(jar.getFileName().toString());
					} else {
						rows.put(row.file(), row);
					}
				}
			}
		}
		if (!unknown.isEmpty()) {
			System.err.println("third-party notices: no licence known for " + String.join(", ", unknown)
					+ "; add the bundle or artifact name to releng/notices/licenses.properties");
			System.exit(1);
		}
		StringBuilder text = new StringBuilder();
		text.append(args[1]).append('\n').append("=".repeat(args[1].length())).append("\n\n");
		text.append("AVP Studio itself (the org.avpstudio.* jars) is under the Eclipse Public License 2.0, see LICENSE.\n");
		text.append("This distribution ships the jars below; each is under the licence named (SPDX identifiers where one\n");
		text.append("exists; \"A OR B\" means the recipient may choose). The licence texts are inside each jar (about.html,\n");
		text.append("about_files/, META-INF/LICENSE*) and at the home page given.\n\n");
		text.append("file | name | version | licence | home page\n");
		for (Row row : rows.values()) {
			text.append(row.file()).append(" | ").append(row.name()).append(" | ").append(row.version()).append(" | ")
					.append(row.license()).append(" | ").append(row.home()).append('\n');
		}
		Files.createDirectories(output.toAbsolutePath().getParent());
		Files.writeString(output, text, StandardCharsets.UTF_8);
		System.out.println("third-party notices: " + output + " (" + rows.size() + " jars)");
	}

	private static Row describe(Path jar, Properties known) throws IOException {
		String file = jar.getFileName().toString();
		try (JarFile jarFile = new JarFile(jar.toFile(), false)) {
			Manifest manifest = jarFile.getManifest();
			Attributes main = manifest == null ? new Attributes() : manifest.getMainAttributes();
			String symbolicName = value(main, "Bundle-SymbolicName");
			String feature = feature(jarFile);
			if (feature != null) { // a p2 feature: its id and the licence its feature.xml declares
				Matcher id = Pattern.compile("\\bid=\"([^\"]+)\"").matcher(feature);
				Matcher ver = Pattern.compile("\\bversion=\"([^\"]+)\"").matcher(feature);
				Matcher lic = Pattern.compile("<license\\s+url=\"([^\"]+)\"").matcher(feature);
				String featureId = id.find() ? id.group(1) : stem(file);
				String license = known.getProperty(featureId, lic.find() ? spdx(lic.group(1)) : null);
				if (featureId.startsWith("org.avpstudio.")) {
					license = "EPL-2.0 (AVP Studio)";
				}
				return new Row(file, featureId + " (feature)", ver.find() ? ver.group(1) : "-", license, "-");
			}
			if (symbolicName != null) {
				symbolicName = symbolicName.split(";")[0].trim();
			}
			String name = value(main, "Bundle-Name");
			String version = value(main, "Bundle-Version");
			String license = null;
			String home = value(main, "Bundle-DocURL");
			String pom = pom(jarFile);
			String artifactId = null;
			if (pom != null) {
				Matcher m = Pattern.compile("<artifactId>([^<]+)</artifactId>").matcher(pom.replaceAll("(?s)<parent>.*?</parent>", ""));
				artifactId = m.find() ? m.group(1).trim() : null;
				if (name == null || name.startsWith("%")) {
					Matcher n = POM_NAME.matcher(pom);
					name = n.find() ? n.group(1) : artifactId;
				}
				if (home == null) {
					Matcher u = POM_URL.matcher(pom);
					home = u.find() ? u.group(1) : null;
				}
			}
			for (String key : new String[] { symbolicName, artifactId, stem(file) }) {
				if (key != null && known.getProperty(key) != null) {
					license = known.getProperty(key);
					break;
				}
			}
			if (license == null && symbolicName != null && symbolicName.startsWith("org.avpstudio.")) {
				ZipEntry about = jarFile.getEntry("about.html");
				boolean bundled = false;
				if (about != null) {
					try (InputStream in = jarFile.getInputStream(about)) {
						bundled = new String(in.readAllBytes(), StandardCharsets.UTF_8).contains("Third-party content");
					}
				}
				license = bundled ? "EPL-2.0 (AVP Studio; carries third-party content listed in its about.html)" : "EPL-2.0 (AVP Studio)";
			}
			if (license == null) {
				license = spdx(value(main, "Bundle-License"));
			}
			if (license == null) {
				license = aboutHtml(jarFile);
			}
			if (license == null && pom != null) {
				Matcher l = LICENSE_NAME.matcher(pom);
				List<String> names = new ArrayList<>();
				while (l.find()) {
					names.add(spdx(l.group(1)));
				}
				license = names.isEmpty() ? null : String.join(" OR ", names);
			}
			if (name == null || name.startsWith("%")) {
				name = symbolicName != null ? symbolicName : stem(file);
			}
			if (version == null) {
				version = value(main, "Implementation-Version");
			}
			return new Row(file, name, version == null ? "-" : version, license, home == null ? "-" : home);
		}
	}

	/** Eclipse bundles state their licence in about.html: EPL-2.0 (or EPL-1.0) when it names only that one. */
	private static String aboutHtml(JarFile jar) throws IOException {
		ZipEntry entry = jar.getEntry("about.html");
		if (entry == null) {
			return null;
		}
		String about;
		try (InputStream in = jar.getInputStream(entry)) {
			about = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).toLowerCase();
		}
		if (about.contains("epl-2.0") || about.contains("epl-v20") || about.contains("eclipse public license - v 2.0") || about.contains("eclipse public license 2.0")) {
			return "EPL-2.0";
		}
		if (about.contains("epl-v10") || about.contains("eclipse public license v1.0") || about.contains("eclipse public license - v 1.0")) {
			return "EPL-1.0";
		}
		return null;
	}

	private static String feature(JarFile jar) throws IOException {
		ZipEntry entry = jar.getEntry("feature.xml");
		if (entry == null) {
			return null;
		}
		try (InputStream in = jar.getInputStream(entry)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private static String pom(JarFile jar) throws IOException {
		for (ZipEntry entry : jar.stream().toList()) {
			if (entry.getName().startsWith("META-INF/maven/") && entry.getName().endsWith("/pom.xml")) {
				try (InputStream in = jar.getInputStream(entry)) {
					return new String(in.readAllBytes(), StandardCharsets.UTF_8);
				}
			}
		}
		return null;
	}

	/** The file name without version and extension: guava-33.5.0-jre.jar gives guava. */
	private static String stem(String file) {
		String base = file.replaceFirst("\\.jar$", "");
		Matcher m = Pattern.compile("^(.+?)[-_]\\d").matcher(base);
		return m.find() ? m.group(1) : base;
	}

	private static String value(Attributes attributes, String key) {
		String value = attributes.getValue(key);
		return value == null || value.isBlank() ? null : value.trim();
	}

	/** Maps the licence names and URLs jars declare to SPDX identifiers; anything else is kept as declared. */
	static String spdx(String declared) {
		if (declared == null) {
			return null;
		}
		String d = declared.split(";")[0].trim();
		String l = d.toLowerCase();
		if (l.matches(".*eclipse public license,? (- )?(v|version) ?2\\.0.*") || l.contains("epl-2.0") || l.contains("epl-v20") || l.contains("epl-v20") || l.contains("eclipse public license - v 2.0") || l.contains("eclipse public license 2.0") || l.contains("eclipse public license v2.0") || l.contains("eclipse public license - version 2.0")) {
			return "EPL-2.0";
		}
		if (l.contains("epl-v10") || l.contains("epl-1.0") || l.contains("eclipse public license - v 1.0") || l.contains("eclipse public license 1.0")) {
			return "EPL-1.0";
		}
		if (l.contains("edl-v10") || l.contains("eclipse distribution license")) {
			return "BSD-3-Clause";
		}
		if (l.contains("apache") && l.contains("2")) {
			return "Apache-2.0";
		}
		if (l.equals("mit") || l.contains("mit license") || l.contains("opensource.org/licenses/mit")) {
			return "MIT";
		}
		return d;
	}
}
