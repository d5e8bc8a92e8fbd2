package org.avpstudio.dsl.ide.contentassist;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.spec.VirtioDeviceType;
import org.avpstudio.validation.rules.VirtioTypes;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistContext;
import org.eclipse.xtext.ide.editor.contentassist.ContentAssistEntry;
import org.eclipse.xtext.ide.editor.contentassist.IIdeContentProposalAcceptor;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalCreator;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalPriorities;
import org.eclipse.xtext.ide.editor.contentassist.IdeContentProposalProvider;

import com.google.inject.Inject;

/**
 * Content assist of the .avp language: keywords, cross-references and enumeration values come from Xtext; after
 * {@code features} it proposes the VIRTIO feature bits valid for the device at hand (its own and the generic
 * ones), with their bit numbers, leaving out those already listed.
 */
public class AvpContentProposals extends IdeContentProposalProvider {

	@Inject
	private IdeContentProposalCreator creator;

	@Inject
	private IdeContentProposalPriorities priorities;

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
					acceptor.accept(entry, priorities.getDefaultPriority(entry) + 10);
				}
			}
			return;
		}
		super._createProposals(assignment, context, acceptor);
	}
}
