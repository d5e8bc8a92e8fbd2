// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import picocli.CommandLine.IVersionProvider;

/** Reports the version of the built bundle (its Bundle-Version, which carries the build qualifier). */
public class AvpVersion implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "AVP Studio " + bundleVersion(), "Java " + Runtime.version() };
	}

	/** Reads the manifest of the jar (or class folder) this class was loaded from, not the first one on the class path. */
	static String bundleVersion() {
		try {
			Path location = Path.of(AvpVersion.class.getProtectionDomain().getCodeSource().getLocation().toURI());
			Manifest manifest;
			if (Files.isDirectory(location)) {
				try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
					manifest = new Manifest(in);
				}
			} else {
				try (JarFile jar = new JarFile(location.toFile())) {
					manifest = jar.getManifest();
				}
			}
			String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
			return version != null ? version : "(unknown version)";
		} catch (Exception e) {
			// the version is informative only; never fail --version
			return "(unknown version)";
		}
	}
}
