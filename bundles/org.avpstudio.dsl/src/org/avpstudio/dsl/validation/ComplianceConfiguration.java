package org.avpstudio.dsl.validation;

import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.Profile;
import org.avpstudio.validation.ProfileLoader;

import com.google.inject.Singleton;

/**
 * The catalog and profile the .avp validator checks against. Defaults to the built-in AVPS 2.0 catalog and the
 * {@code avps-2.0} profile; the CLI (--profile, --catalog) and the Eclipse preference page change them.
 * Process-wide on purpose: EMF's EValidator registry, through which the validator runs, is process-wide too,
 * so every injector of the language (runtime, IDE, language server) must see the same setting.
 */
@Singleton
public class ComplianceConfiguration {

	private static volatile ComplianceEngine engine = new ComplianceEngine(CatalogLoader.builtIn(),
			ProfileLoader.builtIn(ProfileLoader.DEFAULT));

	public ComplianceEngine engine() {
		return engine;
	}

	public void use(RequirementCatalog catalog, Profile profile) {
		engine = new ComplianceEngine(catalog, profile);
	}
}
