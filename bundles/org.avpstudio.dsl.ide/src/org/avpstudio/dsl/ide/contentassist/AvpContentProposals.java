// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.contentassist;

import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

import org.avpstudio.dsl.services.AvpGrammarAccess;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.spec.VirtioDeviceType;
import org.avpstudio.validation.rules.VirtioTypes;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.AbstractElement;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.EnumRule;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.Group;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.ParserRule;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;
import org.eclipse.xtext.resource.IEObjectDescription;

import com.google.inject.Inject;

/**
 * Content assist of the .avp language that teaches: keywords, cross-references and enumeration values come from
 * Xtext, each with the completion kind of the element it declares or names ({@link AvpElementKinds}) and the
 * metamodel's documentation of what it declares or sets; after {@code features} the VIRTIO feature bits valid for
 * the device at hand (its own and the generic ones) with their bit numbers, leaving out those already listed; and
 * the templates of {@link AvpTemplates} as snippets wherever their first keyword may stand.
 */
public class AvpContentProposals extends IdeContentProposalProvider {

	@Inject
	private IdeContentProposalCreator creator;

	@Inject
	private IdeContentProposalPriorities priorities;

	@Inject
	private AvpGrammarAccess grammar;

	@Override
	public void createProposals(Collection<ContentAssistContext> contexts, IIdeContentProposalAcceptor acceptor) {
		super.createProposals(contexts, acceptor);
		Set<String> offered = new HashSet<>();
		for (ContentAssistContext context : contexts) {
			Set<String> expected = new HashSet<>();
			for (AbstractElement element : context.getFirstSetGrammarElements()) {
				if (element instanceof Keyword keyword) {
					expected.add(keyword.getValue());
				}
			}
			for (AvpTemplates.Template template : AvpTemplates.all()) {
				if (!expected.contains(template.keyword()) || !offered.add(template.label())) {
					continue;
				}
				ContentAssistEntry entry = creator.createProposal(template.snippet(), context, ContentAssistEntry.KIND_SNIPPET, e -> {
					e.setLabel(template.label());
					e.setDescription("template");
					e.setDocumentation(template.description());
				});
				if (entry != null) {
					acceptor.accept(entry, priorities.getDefaultPriority(entry));
				}
			}
		}
	}

	@Override
	protected void _createProposals(Keyword keyword, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		String documentation = documentation(keyword);
		EClass declared = keyword.eContainer() instanceof Group group && group.getElements().get(0) == keyword
				? AvpElementKinds.declaringKeywords(grammar).get(keyword.getValue()) : null;
		String kind = keyword.eContainer() instanceof EnumLiteralDeclaration ? "EnumMember"
				: declared != null && declared == containingType(keyword) ? AvpElementKinds.completionKind(declared).name() : null;
		super._createProposals(keyword, context, enrich(acceptor, kind, documentation));
	}

	@Override
	protected void _createProposals(CrossReference reference, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		super._createProposals(reference, context, new Enriching(acceptor) {
			@Override
			void enrich(ContentAssistEntry entry) {
				if (entry.getSource() instanceof IEObjectDescription candidate && candidate.getEClass() != null) {
					EClass eClass = candidate.getEClass();
					entry.setKind(AvpElementKinds.completionKind(eClass).name());
					String doc = AvpElementKinds.documentation(eClass);
					String keyword = AvpElementKinds.keywordOf(grammar, eClass).orElse(eClass.getName());
					entry.setDescription(keyword);
					entry.setDocumentation(doc == null ? null : "*" + eClass.getName() + "*: " + doc);
				}
			}
		});
	}

	@Override
	protected void _createProposals(Assignment assignment, ContentAssistContext context, IIdeContentProposalAcceptor acceptor) {
		if ("features".equals(assignment.getFeature()) && context.getCurrentModel() instanceof VirtioDevice device) {
			VirtioDeviceType type = VirtioTypes.of(device).orElse(null);
			java.util.List<String> names = type != null ? type.validFeatureNames()
					: java.util.List.copyOf(VirtioDeviceType.GENERIC_FEATURES.keySet());
			for (String name : names) {
				if (device.getFeatures().contains(name)) {
					continue;
				}
				ContentAssistEntry entry = creator.createProposal(name, context);
				if (entry != null) {
					int bit = type != null ? type.featureBit(name).orElse(-1) : VirtioDeviceType.GENERIC_FEATURES.get(name);
					entry.setKind(ContentAssistEntry.KIND_VALUE);
					entry.setDescription("VIRTIO feature bit " + bit + (type != null ? " of " + type.canonicalName() : ""));
					entry.setDocumentation("Negotiated VIRTIO feature bit " + bit + (type != null ? " of " + type.canonicalName() + " devices" : " of every VIRTIO device"));
					acceptor.accept(entry, priorities.getDefaultPriority(entry) + 10);
				}
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}

	/**
	 * What a keyword means, from avp.ecore: the class it declares (vm: a guest virtual machine), the literal it stands
	 * for in an enumeration, or the feature it introduces (memory: the VM's memory size).
	 */
	public String documentation(Keyword keyword) {
		if (keyword.eContainer() instanceof EnumLiteralDeclaration literal) {
			EEnumLiteral value = literal.getEnumLiteral();
			String doc = value == null ? null : EcoreUtil.getDocumentation(value);
			if (doc == null && GrammarUtil.containingRule(keyword) instanceof EnumRule rule && rule.getType().getClassifier() instanceof EEnum eEnum) {
				doc = EcoreUtil.getDocumentation(eEnum);
			}
			return doc;
		}
		EClass owner = containingType(keyword);
		if (keyword.eContainer() instanceof Group group) {
			int index = group.getElements().indexOf(keyword);
			EClass declared = AvpElementKinds.declaringKeywords(grammar).get(keyword.getValue());
			if (index == 0 && declared != null && declared == owner) {
				String doc = AvpElementKinds.documentation(declared);
				return doc == null ? null : "*" + declared.getName() + "*: " + doc;
			}
			for (int i = index + 1; owner != null && i < group.getElements().size(); i++) {
				if (group.getElements().get(i) instanceof Assignment assignment) {
					EStructuralFeature feature = owner.getEStructuralFeature(assignment.getFeature());
					return feature == null ? null : EcoreUtil.getDocumentation(feature);
				}
				if (!(group.getElements().get(i) instanceof Keyword)) {
					break;
				}
			}
		}
		if (keyword.eContainer() instanceof Assignment assignment && owner != null) {
			EStructuralFeature feature = owner.getEStructuralFeature(assignment.getFeature());
			return feature == null ? null : EcoreUtil.getDocumentation(feature);
		}
		return null;
	}

	private static EClass containingType(EObject element) {
		ParserRule rule = GrammarUtil.containingParserRule(element);
		return rule != null && rule.getType() != null && rule.getType().getClassifier() instanceof EClass eClass ? eClass : null;
	}

	private static IIdeContentProposalAcceptor enrich(IIdeContentProposalAcceptor acceptor, String kind, String documentation) {
		return new Enriching(acceptor) {
			@Override
			void enrich(ContentAssistEntry entry) {
				if (kind != null) {
					entry.setKind(kind);
				}
				if (documentation != null && entry.getDocumentation() == null) {
					entry.setDocumentation(documentation);
				}
			}
		};
	}

	/** Passes the entries on after completing them. */
	private abstract static class Enriching implements IIdeContentProposalAcceptor {
		private final IIdeContentProposalAcceptor delegate;

		Enriching(IIdeContentProposalAcceptor delegate) {
			this.delegate = delegate;
		}

		abstract void enrich(ContentAssistEntry entry);

		@Override
		public void accept(ContentAssistEntry entry, int priority) {
			if (entry != null) {
				enrich(entry);
			}
			delegate.accept(entry, priority);
		}

		@Override
		public boolean canAcceptMoreProposals() {
			return delegate.canAcceptMoreProposals();
		}
	}
}
