package org.avpstudio.cli.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.AvpStandaloneSetup;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.dsl.validation.ComplianceConfiguration;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.Profile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.XtextResourceSet;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Injector;

/** Loads .avp files (with what they import) and validates them, for the commands of the CLI. */
final class ModelWorkspace {

	/** The loaded file and its problems; {@code unreadable} when it could not be parsed or linked. */
	record Validated(Path file, XtextResource resource, List<Problem> problems, boolean unreadable) {
	}

	private final Injector injector = AvpStandaloneSetup.doSetup();
	private final XtextResourceSet resourceSet = injector.getInstance(XtextResourceSet.class);

	ModelWorkspace(RequirementCatalog catalog, Profile profile) {
		injector.getInstance(ComplianceConfiguration.class).use(catalog, profile);
	}

	Validated validate(Path file) throws CliException {
		if (!Files.isRegularFile(file)) {
			throw new CliException(file + ": no such file");
		}
		if (!Files.isReadable(file)) {
			throw new CliException(file + ": cannot be read (check its permissions)");
		}
		Resource loaded;
		try {
			loaded = resourceSet.getResource(URI.createFileURI(file.toAbsolutePath().normalize().toString()), true);
		} catch (RuntimeException e) {
			throw new CliException(file + ": cannot be loaded: " + e.getMessage());
		}
		if (!(loaded instanceof XtextResource resource)) {
			throw new CliException(file + ": not an .avp model (the file name must end in .avp)");
		}
		EcoreUtil.resolveAll(resource);
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<Problem> problems = new ArrayList<>();
		boolean unreadable = false;
		for (Issue issue : issues) {
			boolean syntaxOrLink = issue.isSyntaxError() || (issue.getCode() != null && issue.getCode().contains("Linking"));
			unreadable |= issue.getSeverity() == Severity.ERROR && (syntaxOrLink || issue.getCode() == null
					|| !issue.getCode().startsWith("AVPS-"));
			String[] data = issue.getData();
			String hint = data != null && data.length > AvpValidator.DATA_FIX_HINT ? data[AvpValidator.DATA_FIX_HINT] : "";
			problems.add(new Problem(file.toString(), issue.getLineNumber() == null ? 0 : issue.getLineNumber(),
					issue.getColumn() == null ? 0 : issue.getColumn(), issue.getSeverity().name().toLowerCase(),
					issue.getCode() != null && issue.getCode().startsWith("AVPS-") ? issue.getCode() : "",
					issue.getMessage(), hint == null ? "" : hint));
		}
		return new Validated(file, resource, problems, unreadable);
	}
}
