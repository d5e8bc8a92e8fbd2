// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import org.avpstudio.spec.CatalogException;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.Profile;
import org.avpstudio.validation.ProfileException;
import org.avpstudio.validation.ProfileLoader;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The requirement catalog and compliance profile that models are checked against. Settings travel with the models:
 * they are attached to the resource set the models are loaded into ({@link #attach}), so two projects, two CLI
 * runs or an export job and an editor in one JVM each validate with their own. A resource set without settings
 * uses the built-in AVPS 2.0 catalog and the {@code avps-2.0} profile. Immutable.
 */
public final class ComplianceSettings {

	private static final ComplianceSettings DEFAULTS = new ComplianceSettings(CatalogLoader.builtIn(), ProfileLoader.builtIn(ProfileLoader.DEFAULT));

	private final ComplianceEngine engine;

	private ComplianceSettings(RequirementCatalog catalog, Profile profile) {
		this.engine = new ComplianceEngine(catalog, profile);
	}

	/** The built-in catalog and the default profile. */
	public static ComplianceSettings defaults() {
		return DEFAULTS;
	}

	public static ComplianceSettings of(RequirementCatalog catalog, Profile profile) {
		return new ComplianceSettings(Objects.requireNonNull(catalog), Objects.requireNonNull(profile));
	}

	/**
	 * Settings from what a user names: a profile (built-in name or file) and catalog files applied over the
	 * built-in catalog, in order. Refused with a message naming the file and line when one cannot be used.
	 */
	public static ComplianceSettings load(String profile, List<Path> catalogs) throws CatalogException, ProfileException {
		return new ComplianceSettings(CatalogLoader.withOverrides(catalogs), ProfileLoader.load(profile));
	}

	public ComplianceEngine engine() {
		return engine;
	}

	public RequirementCatalog catalog() {
		return engine.catalog();
	}

	public Profile profile() {
		return engine.profile();
	}

	/** Models loaded into {@code resourceSet} are checked with {@code settings} from now on. */
	public static void attach(ResourceSet resourceSet, ComplianceSettings settings) {
		Objects.requireNonNull(settings);
		attach(resourceSet, () -> settings);
	}

	/**
	 * Models loaded into {@code resourceSet} are checked with what {@code source} answers at each validation (an
	 * IDE answers from the project's preferences, which the user may change while the models stay loaded).
	 */
	public static void attach(ResourceSet resourceSet, Supplier<ComplianceSettings> source) {
		Objects.requireNonNull(source);
		resourceSet.eAdapters().removeIf(Holder.class::isInstance);
		resourceSet.eAdapters().add(new Holder(source));
	}

	/** The settings of the resource set {@code resource} is loaded into; the defaults when it has none. */
	public static ComplianceSettings of(Resource resource) {
		return resource == null ? DEFAULTS : of(resource.getResourceSet());
	}

	public static ComplianceSettings of(ResourceSet resourceSet) {
		if (resourceSet == null) {
			return DEFAULTS;
		}
		Holder holder = (Holder) EcoreUtil.getAdapter(resourceSet.eAdapters(), Holder.class);
		ComplianceSettings settings = holder == null ? null : holder.source.get();
		return settings == null ? DEFAULTS : settings;
	}

	@Override
	public String toString() {
		return "profile " + profile().name() + "; " + catalog().provenance();
	}

	/** Keeps the settings' source on a resource set. */
	private static final class Holder extends AdapterImpl {
		private final Supplier<ComplianceSettings> source;

		Holder(Supplier<ComplianceSettings> source) {
			this.source = source;
		}

		@Override
		public boolean isAdapterForType(Object type) {
			return type == Holder.class;
		}
	}
}
