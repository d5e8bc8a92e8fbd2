// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.core;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.validation.PlatformCompliance;
import org.avpstudio.core.io.FileSave;
import org.avpstudio.core.io.SaveException;
import org.avpstudio.dsl.resource.ModelCopy;
import org.avpstudio.dsl.validation.ComplianceSettings;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.model.Platform;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.Finding;
import org.avpstudio.validation.PlatformScope;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.LineAndColumn;

/**
 * A platform model loaded from its file, with the platforms it imports, and its diagnostics. Only a
 * {@linkplain #usable() usable} model (it parsed, its imports loaded, its references resolved, nothing failed
 * inside the tool) is generated from, reported on or fixed.
 */
public final class PlatformModel {

	private final Path file;
	private final XtextResource resource;
	private final ComplianceSettings settings;
	private final List<ModelDiagnostic> diagnostics;
	private PlatformScope scope;
	private ComplianceResult compliance;

	PlatformModel(Path file, XtextResource resource, ComplianceSettings settings, List<ModelDiagnostic> diagnostics) {
		this.file = file;
		this.resource = resource;
		this.settings = settings;
		this.diagnostics = diagnostics;
	}

	public Path file() {
		return file;
	}

	public XtextResource resource() {
		return resource;
	}

	/** Every problem of this file: syntax, references, imports, compliance findings, internal errors. */
	public List<ModelDiagnostic> diagnostics() {
		return diagnostics;
	}

	/** False when the file did not parse, an import or reference did not resolve, or the check failed inside the tool. */
	public boolean usable() {
		return diagnostics.stream().noneMatch(d -> d.isError() && d.kind() != ModelDiagnostic.Kind.COMPLIANCE);
	}

	/** Refuses a model that is not usable, saying what was not done (e.g. "nothing was generated"). */
	public void requireUsable(String nothingDone) throws ModelException {
		if (!usable()) {
			throw new ModelException(file + " could not be parsed or its references resolved; " + nothingDone);
		}
	}

	/** The diagnostics that make this model unusable. */
	public List<ModelDiagnostic> blockingDiagnostics() {
		return diagnostics.stream().filter(d -> d.isError() && d.kind() != ModelDiagnostic.Kind.COMPLIANCE).toList();
	}

	public Platform platform() {
		return (Platform) resource.getContents().get(0);
	}

	/** This file's platform with the platforms it imports. */
	public PlatformScope scope() {
		if (scope == null) {
			scope = PlatformCompliance.scopeOf(platform());
		}
		return scope;
	}

	public ComplianceSettings settings() {
		return settings;
	}

	/** The AVPS findings of the whole platform (every part), with the catalog and profile they were judged by. */
	public ComplianceResult compliance() {
		if (compliance == null) {
			compliance = PlatformCompliance.of(platform(), scope());
		}
		return compliance;
	}

	/** Where an element of this platform (or of a part it imports) is written. */
	public static SourceLocation locate(EObject element) {
		String file = element.eResource() == null ? "" : element.eResource().getURI().toString();
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		if (node == null) {
			return new SourceLocation(file, 1, 1);
		}
		LineAndColumn at = NodeModelUtils.getLineAndColumn(node, node.getOffset());
		return new SourceLocation(file, at.getLine(), at.getColumn());
	}

	/**
	 * Applies the quick fixes of the open findings on elements of this file and saves it through the .avp serializer
	 * (untouched text and comments stay as they were) with {@link FileSave}. Returns the fixes applied, as
	 * {@code REQUIREMENT-ID: label}; nothing is written when there is nothing to fix. The model's diagnostics are
	 * those from before the fixes: load the file again to see what is left.
	 */
	public List<String> applyQuickFixes() throws SaveException {
		if (!usable()) {
			throw new SaveException(file + ": the model has errors that stop the check (see its diagnostics); nothing was fixed");
		}
		List<String> applied = new ArrayList<>();
		for (Finding finding : compliance().findings()) {
			if (finding.isOpen() && finding.quickFix().isPresent() && finding.element().eResource() == resource) {
				finding.quickFix().get().apply(finding.element());
				applied.add(finding.requirementId() + ": " + finding.quickFix().get().label());
			}
		}
		if (applied.isEmpty()) {
			return applied;
		}
		String text;
		try {
			text = ModelCopy.text(resource);
		} catch (IOException | RuntimeException e) {
			throw new SaveException(file + ": the fixed model cannot be written as text (" + e.getMessage() + "); the file is unchanged");
		}
		FileSave.save(file, text);
		return applied;
	}
}
