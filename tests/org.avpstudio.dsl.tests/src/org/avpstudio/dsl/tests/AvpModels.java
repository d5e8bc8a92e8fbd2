// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.avpstudio.dsl.AvpRuntimeModule;
import org.avpstudio.dsl.AvpStandaloneSetup;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.google.inject.Module;
import com.google.inject.util.Modules;

/** Loads and validates .avp files for tests, the way the CLI does. */
final class AvpModels {

	static final Injector INJECTOR = AvpStandaloneSetup.doSetup();

	private AvpModels() {
	}

	static Path examples() {
		return Path.of(System.getProperty("avp.examples", "../../examples")).toAbsolutePath().normalize();
	}

	static Path resources() {
		return Path.of(System.getProperty("avp.resources", "resources")).toAbsolutePath().normalize();
	}

	/** Every .avp file of the examples and the rule fixtures, in a fixed order. */
	static List<Path> avpFiles() throws IOException {
		List<Path> files = new ArrayList<>();
		for (Path root : List.of(examples(), resources())) {
			try (Stream<Path> walk = Files.walk(root)) {
				walk.filter(p -> p.toString().endsWith(".avp")).sorted().forEach(files::add);
			}
		}
		return files;
	}

	/**
	 * The language with some bindings replaced, to compare a part with Xtext's own; made after {@link #INJECTOR},
	 * whose standalone set-up registered the EMF factories.
	 */
	static Injector injectorWith(Module overrides) {
		return Guice.createInjector(Modules.override(new AvpRuntimeModule()).with(overrides));
	}

	static XtextResource load(Path file) {
		XtextResourceSet set = INJECTOR.getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.getResource(URI.createFileURI(file.toString()), true);
		EcoreUtil.resolveAll(resource);
		return resource;
	}

	static XtextResource parse(String text, Path dir) throws IOException {
		Path file = Files.createTempFile(dir, "model", ".avp");
		Files.writeString(file, text);
		return load(file);
	}

	static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL,
				CancelIndicator.NullImpl);
	}

	/** "LINE SEVERITY CODE" per issue, the format of the .expected files beside the examples. */
	static List<String> summary(List<Issue> issues) {
		return issues.stream()
				.map(i -> i.getLineNumber() + " " + i.getSeverity().name().toLowerCase() + " "
						+ (i.getCode() != null && i.getCode().startsWith("AVP") ? i.getCode() : "syntax-or-link"))
				.sorted().toList();
	}
}
