// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;

import org.avpstudio.dsl.validation.PlatformCompliance;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.Requirement;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.Finding;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ide.server.hover.HoverContext;
import org.eclipse.xtext.ide.server.hover.HoverService;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;

import org.eclipse.xtext.ide.server.Document;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.TextRegion;
import com.google.inject.Inject;

/**
 * Hover of the .avp language: the AVPS requirements an element violates (id, level, section, our summary, how
 * to fix), what a keyword means (from the metamodel documentation of the feature it introduces) and what the
 * element is.
 */
public class AvpHover extends HoverService {

	@Override
	protected MarkupContent getMarkupContent(HoverContext context) {
		EObject element = context.getElement();
		List<String> parts = new ArrayList<>();
		java.util.Optional<String> keyword = keywordDocumentation(context);
		if (keyword.isPresent()) {
			return toMarkupContent("markdown", keyword.get());
		}
		if (element != null && element.eResource() == context.getResource()) {
			findings(element).forEach(parts::add);
			String documentation = EcoreUtil.getDocumentation(element.eClass());
			if (documentation != null) {
				parts.add("*" + element.eClass().getName() + "*: " + documentation);
			}
		}
		return parts.isEmpty() ? super.getMarkupContent(context) : toMarkupContent("markdown", String.join("\n\n", parts));
	}

	/** Xtext hovers only over names and references; over a keyword the hover explains the keyword (or its element). */
	@Override
	protected HoverContext createContext(Document document, XtextResource resource, int offset) {
		ILeafNode leaf = resource.getParseResult() == null ? null : NodeModelUtils.findLeafNodeAtOffset(resource.getParseResult().getRootNode(), offset);
		if (leaf == null || !(leaf.getGrammarElement() instanceof Keyword)) {
			return super.createContext(document, resource, offset);
		}
		return new HoverContext(document, resource, offset, new TextRegion(leaf.getOffset(), leaf.getLength()),
				NodeModelUtils.findActualSemanticObjectFor(leaf));
	}

	private List<String> findings(EObject element) {
		Platform platform = (Platform) EcoreUtil.getRootContainer(element);
		ComplianceResult result = PlatformCompliance.of(platform);
		List<String> texts = new ArrayList<>();
		for (Finding finding : result.findings()) {
			if (finding.element() != element) {
				continue;
			}
			Requirement r = result.catalog().find(finding.requirementId()).orElseThrow();
			String source = r.source().describe();
			texts.add("**" + r.id() + "** (" + r.levelText() + ", " + r.citation() + ", provenance: " + r.evidence().label()
					+ (source.isEmpty() ? "" : " — " + source) + ") " + r.summary()
					+ "\n\n" + (finding.isOpen() ? finding.message() + ". Fix: " + finding.fixHint() : "Waived: " + finding.justification()));
		}
		return texts;
	}

	/** For a keyword: the documentation of the feature it introduces, from avp.ecore. */
	private java.util.Optional<String> keywordDocumentation(HoverContext context) {
		ILeafNode leaf = NodeModelUtils.findLeafNodeAtOffset(context.getResource().getParseResult().getRootNode(), context.getOffset());
		if (leaf == null || !(leaf.getGrammarElement() instanceof Keyword keyword) || !(keyword.eContainer() instanceof Group group)) {
			return java.util.Optional.empty();
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		List<AbstractElement> elements = group.getElements();
		int index = elements.indexOf(keyword);
		if (owner == null || index < 0 || index + 1 >= elements.size() || !(elements.get(index + 1) instanceof Assignment assignment)) {
			return java.util.Optional.empty();
		}
		EClass eClass = owner.eClass();
		EStructuralFeature feature = eClass.getEStructuralFeature(assignment.getFeature());
		String documentation = feature == null ? null : EcoreUtil.getDocumentation(feature);
		return documentation == null ? java.util.Optional.empty()
				: java.util.Optional.of("`" + keyword.getValue() + "`: " + documentation);
	}
}
