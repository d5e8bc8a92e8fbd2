// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.cli.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.spec.CatalogException;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;

import picocli.CommandLine.Option;

/** {@code --profile} and {@code --catalog}: the same on every command that checks a model. */
final class ComplianceOptions {

	@Option(names = "--profile", paramLabel = "P", defaultValue = ProfileLoader.DEFAULT,
			description = "avps-2.0 (default), avps-2.0-strict, or a profile file")
	String profile;

	@Option(names = "--catalog", paramLabel = "FILE",
			description = { "a corrected or extended requirement catalog applied over the built-in one: CSV, or ReqIF (.reqif/.reqifz) from a",
					"requirements tool, read through FILE.mapping beside it when there is one; repeatable" })
	List<Path> catalogs = new ArrayList<>();

	ComplianceSettings settings() throws CatalogException, ProfileException {
		return ComplianceSettings.load(profile, catalogs);
	}

	/** Loads the settings and prints what a user catalog held that could not be used (one line each). */
	ComplianceSettings settings(java.io.PrintWriter err) throws CatalogException, ProfileException {
		ComplianceSettings settings = settings();
		settings.catalog().notes().forEach(note -> err.println("avp: catalog: not used: " + note));
		return settings;
	}
}
