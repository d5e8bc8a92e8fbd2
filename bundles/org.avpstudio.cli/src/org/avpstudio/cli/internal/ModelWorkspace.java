package org.avpstudio.cli.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.AvpStandaloneSetup;
import org.avpstudio.dsl.validation.AvpResourceValidator;
import org.avpstudio.dsl.validation.AvpValidator;
import org.avpstudio.dsl.validation.ComplianceConfiguration;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.RequirementCatalog;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.Profile;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.resource.SaveOptions;
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

	/** One per JVM: Xtext registers the language's validator globally, with the configuration of this injector. */
	private static Injector injector;

	private final XtextResourceSet resourceSet = injector().getInstance(XtextResourceSet.class);
	private final ComplianceConfiguration configuration = injector().getInstance(ComplianceConfiguration.class);

	private static synchronized Injector injector() {
		if (injector == null) {
			injector = AvpStandaloneSetup.doSetup();
		}
		return injector;
	}

	ModelWorkspace(RequirementCatalog catalog, Profile profile) {
		configuration.use(catalog, profile);
	}

	/**
	 * Applies the quick fixes of the open findings on elements of this file, saves it through the .avp
	 * serializer (untouched text and comments stay as they were) and returns the labels of the fixes applied.
	 * The file is replaced atomically; nothing is written when there is nothing to fix.
	 */
	List<String> applyQuickFixes(Validated validated) throws CliException {
		XtextResource resource = validated.resource();
		Platform platform = (Platform) resource.getContents().get(0);
		List<String> applied = new ArrayList<>();
		for (Finding finding : configuration.engine().validate(AvpValidator.platformParts(platform)).findings()) {
			if (finding.isOpen() && finding.quickFix().isPresent() && finding.element().eResource() == resource) {
				finding.quickFix().get().apply(finding.element());
				applied.add(finding.requirementId() + ": " + finding.quickFix().get().label());
			}
		}
		if (applied.isEmpty()) {
			return applied;
		}
		try {
			ByteArrayOutputStream text = new ByteArrayOutputStream();
			resource.save(text, SaveOptions.newBuilder().format().getOptions().toOptionsMap());
			Path file = validated.file();
			Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), "." + file.getFileName(), ".tmp");
			Files.write(tmp, text.toByteArray());
			Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (IOException | RuntimeException e) {
			throw new CliException(validated.file() + ": the fixed model cannot be saved (" + e.getMessage() + "); the file is unchanged");
		}
		return applied;
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
		// references were linked while loading; the validator resolves what was left to lazy linking first
		int logged = PlatformLog.mark();
		IResourceValidator validator = resource.getResourceServiceProvider().getResourceValidator();
		List<Issue> issues = validator.validate(resource, CheckMode.ALL, CancelIndicator.NullImpl);
		List<Problem> problems = new ArrayList<>();
		boolean unreadable = false;
		for (Issue issue : issues) {
			String code = issue.getCode();
			boolean compliance = code != null && code.startsWith("AVPS-");
			unreadable |= issue.getSeverity() == Severity.ERROR && !compliance;
			boolean internal = AvpResourceValidator.INTERNAL_ERROR.equals(code);
			if (internal) {
				PlatformLog.finding(file + ": " + issue.getMessage());
			}
			String[] data = issue.getData();
			String hint = data != null && data.length > AvpValidator.DATA_FIX_HINT ? data[AvpValidator.DATA_FIX_HINT] : "";
			problems.add(new Problem(file.toString(), issue.getLineNumber() == null ? 1 : issue.getLineNumber(),
					issue.getColumn() == null ? 1 : issue.getColumn(), issue.getSeverity().name().toLowerCase(),
					compliance ? code : internal ? Problem.INTERNAL : "", issue.getMessage(), compliance && hint != null ? hint : ""));
		}
		for (String error : PlatformLog.since(logged)) {
			// the platform logged it instead of reporting it: still the verdict on this file
			problems.add(new Problem(file.toString(), 1, 1, "error", Problem.INTERNAL, "internal error of AVP Studio while checking this model ("
					+ error + "); the model was not fully checked, please report this", ""));
			unreadable = true;
		}
		if (!resource.getErrors().isEmpty() && problems.stream().noneMatch(p -> p.severity().equals("error"))) {
			// never "0 errors" for a model that did not parse or link
			problems.add(new Problem(file.toString(), 1, 1, "error", "", resource.getErrors().size()
					+ " syntax or reference error(s) could not be reported; the model is not valid", ""));
			unreadable = true;
		}
		return new Validated(file, resource, problems, unreadable);
	}
}
