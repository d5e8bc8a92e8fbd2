// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.wizards;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Platform;

/** A starting point for a new .avp platform, kept as a file in this bundle with {@code ${name}} for the platform name. */
public enum PlatformTemplate {

	AARCH64_CLUSTER_IVI("aarch64 cockpit: instrument cluster + IVI with a driver VM (Xen)", "templates/aarch64-cluster-ivi.avp"),
	X86_64_DEVELOPMENT("x86_64 development: builder and tester VMs (QEMU/KVM)", "templates/x86_64-development.avp");

	private final String label;
	private final String path;

	PlatformTemplate(String label, String path) {
		this.label = label;
		this.path = path;
	}

	public String label() {
		return label;
	}

	/** The template text for a platform called {@code name} (a valid .avp identifier). */
	public String text(String name) throws IOException {
		URL entry = Platform.getBundle("org.avpstudio.ui").getEntry(path);
		if (entry == null) {
			throw new IOException("template " + path + " is missing from the AVP Studio UI bundle");
		}
		try (InputStream in = FileLocator.toFileURL(entry).openStream()) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("${name}", name);
		}
	}

	/** A platform name from a file name: letters, digits and underscores, not starting with a digit. */
	public static String platformName(String fileName) {
		String base = fileName.endsWith(".avp") ? fileName.substring(0, fileName.length() - 4) : fileName;
		String name = base.replaceAll("[^A-Za-z0-9_]", "_");
		return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "p_" + name : name;
	}
}
