// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.util.List;

import org.avpstudio.dsl.AvpStandaloneSetup;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.GenerationContext;
import org.avpstudio.generator.Target;
import org.avpstudio.generator.Targets;
import org.avpstudio.model.Platform;
import org.avpstudio.validation.PlatformScope;
import org.eclipse.emf.common.util.URI;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.StringInputStream;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** The stages the command line runs, callable one by one: parse + link, validate (every rule), generate. */
public final class Pipeline {

	private static Injector injector;

	private Pipeline() {
	}

	public static synchronized Injector injector() {
		if (injector == null) {
			injector = AvpStandaloneSetup.doSetup();
		}
		return injector;
	}

	/**
	 * Parses the text and resolves every reference: the linker sets what it can while loading, and what it left to
	 * lazy linking is resolved here (as the validator of {@code avp validate} does first).
	 */
	public static XtextResource parseAndLink(String text) throws java.io.IOException {
		XtextResourceSet set = injector().getInstance(XtextResourceSet.class);
		XtextResource resource = (XtextResource) set.createResource(URI.createURI("synthetic.avp"));
		resource.load(new StringInputStream(text, "UTF-8"), set.getLoadOptions());
		EcoreUtil2.resolveLazyCrossReferences(resource, CancelIndicator.NullImpl);
		return resource;
	}

	/** Syntax, linking, the language's checks and every AVPS rule, as the Xtext validator runs them. */
	public static List<Issue> validate(XtextResource resource) {
		return resource.getResourceServiceProvider().getResourceValidator().validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
	}

	/** Every target, in memory. */
	public static int generateAll(XtextResource resource) {
		PlatformScope scope = new PlatformScope(AvpValidator.platformParts((Platform) resource.getContents().get(0)));
		int bytes = 0;
		for (Target target : Targets.all()) {
			for (GeneratedFile file : target.generate(scope, new GenerationContext("synthetic.avp"))) {
				bytes += file.content().length();
			}
		}
		return bytes;
	}
}
