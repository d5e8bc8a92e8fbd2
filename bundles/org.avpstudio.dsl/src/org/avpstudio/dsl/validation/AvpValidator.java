// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.Import;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.Finding;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.service.OperationCanceledManager;
import org.eclipse.xtext.validation.Check;
import org.eclipse.xtext.validation.CheckType;

import com.google.inject.Inject;

/**
 * Runs the AVPS compliance engine on a .avp file. Each finding becomes a diagnostic whose issue code is the
 * requirement id; its data carries the fix hint and, when there is one, the quick-fix label. Findings on
 * elements of imported files are reported in those files, not here; waived findings become infos that quote the
 * waiver's justification.
 */
public class AvpValidator extends AbstractAvpValidator {

	/** Index of the fix hint in a diagnostic's issue data. */
	public static final int DATA_FIX_HINT = 0;
	/** Index of the quick-fix label in a diagnostic's issue data (empty when there is no quick fix). */
	public static final int DATA_QUICK_FIX = 1;

	/** Issue code of an import that cannot be honoured (missing, unreadable, not an .avp model, not parsing). */
	public static final String IMPORT_FAILED = "org.avpstudio.dsl.ImportFailed";

	@Inject
	private OperationCanceledManager cancellation;

	/** Compliance is a property of the model, not of its syntax: also check platforms loaded from XMI or built in code. */
	@Override
	public boolean isLanguageSpecific() {
		return false;
	}

	@Check(CheckType.FAST)
	public void checkCompliance(Platform platform) {
		Resource resource = platform.eResource();
		if (resource == null) {
			return;
		}
		List<Platform> parts = platformParts(platform);
		if (!Resolution.complete(parts)) {
			// rules see only what resolved: the link errors and failed imports are what the user gets
			return;
		}
		ComplianceResult result = ComplianceSettings.of(resource).engine().validate(parts);
		for (Finding finding : result.findings()) {
			EObject element = finding.element();
			if (element.eResource() != resource) {
				continue;
			}
			String message = message(result, finding);
			if (!finding.isOpen()) {
				// kept visible, so that reviewers see what was waived and why
				getMessageAcceptor().acceptInfo(finding.requirementId() + ": waived (" + finding.justification() + "): "
						+ message.substring(finding.requirementId().length() + 2), element, null, -1, finding.requirementId(),
						new String[] { "", "" });
				continue;
			}
			String[] data = { finding.fixHint(), finding.quickFix().map(q -> q.label()).orElse("") };
			switch (finding.severity()) {
			case ERROR -> getMessageAcceptor().acceptError(message, element, null, -1, finding.requirementId(), data);
			case WARNING -> getMessageAcceptor().acceptWarning(message, element, null, -1, finding.requirementId(), data);
			case INFO -> getMessageAcceptor().acceptInfo(message, element, null, -1, finding.requirementId(), data);
			case OFF -> {
				// the engine drops findings of disabled rules
			}
			}
		}
	}

	/**
	 * A split platform must not silently lose a part: an import that cannot be honoured is an error at its line.
	 * (Checked from the platform, so that only platforms are handed to this validator.)
	 */
	@Check(CheckType.FAST)
	public void checkImports(Platform platform) {
		if (platform.eResource() == null) {
			return;
		}
		for (Import imported : platform.getImports()) {
			ImportCheck.problem(platform.eResource(), imported.getImportURI()).ifPresent(problem -> error(
					"import not honoured: " + problem, imported, AvpPackage.Literals.IMPORT__IMPORT_URI, IMPORT_FAILED));
		}
	}

	/**
	 * A failure inside a check is an error on the element checked, never a silent pass: Xtext would ignore a
	 * {@link NullPointerException} and log anything else.
	 */
	@Override
	protected void handleExceptionDuringValidation(Throwable e) {
		cancellation.propagateIfCancelException(e);
		try {
			super.handleExceptionDuringValidation(e); // returns for a guard (not a failure) and a NullPointerException
			if (!(e instanceof NullPointerException)) {
				return;
			}
		} catch (RuntimeException | Error rethrown) {
			// anything else is rethrown by Xtext, to be logged by the diagnostician's caller: report it here instead
		}
		getMessageAcceptor().acceptError(AvpResourceValidator.internalErrorMessage("checking this element", e), getCurrentObject(),
				null, -1, AvpResourceValidator.INTERNAL_ERROR);
	}

	private static String message(ComplianceResult result, Finding finding) {
		String citation = result.catalog().find(finding.requirementId()).map(Requirement::citation).orElse("AVPS");
		return finding.requirementId() + ": " + finding.message() + " (" + citation + ")";
	}

	/** This file's platform first, then the platforms of the files it imports, transitively. */
	public static List<Platform> platformParts(Platform platform) {
		List<Platform> parts = new ArrayList<>();
		Deque<Platform> todo = new ArrayDeque<>(List.of(platform));
		while (!todo.isEmpty()) {
			Platform part = todo.pop();
			if (parts.contains(part)) {
				continue;
			}
			parts.add(part);
			for (Import imported : part.getImports()) {
				Resource other = load(part.eResource(), imported.getImportURI());
				if (other != null) {
					other.getContents().stream().filter(Platform.class::isInstance).map(Platform.class::cast).forEach(todo::add);
				}
			}
		}
		return parts;
	}

	private static Resource load(Resource from, String importUri) {
		if (importUri == null || importUri.isBlank()) {
			return null;
		}
		try {
			return from.getResourceSet().getResource(ImportCheck.resolve(from, importUri), true);
		} catch (RuntimeException e) {
			return null; // reported at the import line by checkImports
		}
	}
}
