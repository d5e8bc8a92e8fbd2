// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.nio.file.Files;
import java.nio.file.Path;

import org.avpstudio.dsl.ide.AvpLanguage;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;

/**
 * Platform models loaded together, with the files they import, and checked with one set of compliance settings
 * (catalog and profile), which travel with the models. Not thread-safe: one model set per task.
 *
 * <pre>
 * ModelSet models = new ModelSet(ComplianceSettings.load("avps-2.0", List.of()));
 * PlatformModel model = models.load(Path.of("cockpit.avp"));
 * model.diagnostics().forEach(d -&gt; ...);            // syntax, references, imports, AVPS findings
 * Generation.generate(model, Targets.all(), Path.of("out"));
 * </pre>
 */
public final class ModelSet {

	private final XtextResourceSet resourceSet;
	private final ComplianceSettings settings;

	public ModelSet(ComplianceSettings settings) {
		this.settings = settings;
		this.resourceSet = AvpLanguage.injector().getInstance(XtextResourceSet.class);
		ComplianceSettings.attach(resourceSet, settings);
	}

	/** A model set checked with the built-in catalog and the default profile. */
	public static ModelSet withDefaults() {
		return new ModelSet(ComplianceSettings.defaults());
	}

	public ComplianceSettings settings() {
		return settings;
	}

	/**
	 * Loads a model file (and what it imports) and validates it: syntax, references, imports and compliance. A
	 * file that cannot be read at all is refused; everything else wrong with it is in its diagnostics.
	 */
	public PlatformModel load(Path file) throws ModelException {
		if (!Files.isRegularFile(file)) {
			throw new ModelException(file + ": no such file");
		}
		if (!Files.isReadable(file)) {
			throw new ModelException(file + ": cannot be read (check its permissions)");
		}
		Resource loaded;
		try {
			loaded = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		} catch (RuntimeException e) {
			throw new ModelException(file + ": cannot be loaded: " + e.getMessage());
		}
		if (!(loaded instanceof XtextResource resource)) {
			throw new ModelException(file + ": not an .avp model (the file name must end in .avp)");
		}
		return new PlatformModel(file, resource, settings, Diagnostics.of(file.toString(), resource));
	}
}
