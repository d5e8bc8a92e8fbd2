// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.highlighting;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.Assignment;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.EnumLiteralDeclaration;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.RuleCall;
import org.eclipse.xtext.ide.editor.syntaxcoloring.IHighlightedPositionAcceptor;
import org.eclipse.xtext.ide.editor.syntaxcoloring.ISemanticHighlightingCalculator;
import org.eclipse.xtext.nodemodel.ILeafNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * Semantic highlighting of .avp text, in LSP token types: declared VMs as classes, declared devices and other
 * elements as variables, references as types, enumeration values and VIRTIO feature bits as enum members, and
 * the requirement id of a waiver as a decorator.
 */
public class AvpSemanticHighlighting implements ISemanticHighlightingCalculator {

	@Override
	public void provideHighlightingFor(XtextResource resource, IHighlightedPositionAcceptor acceptor, CancelIndicator cancel) {
		if (resource == null || resource.getParseResult() == null) {
			return;
		}
		for (ILeafNode leaf : resource.getParseResult().getRootNode().getLeafNodes()) {
			if (leaf.isHidden() || cancel.isCanceled()) {
				continue;
			}
			String type = tokenType(leaf);
			if (type != null) {
				acceptor.addPosition(leaf.getOffset(), leaf.getLength(), type);
			}
		}
	}

	private static String tokenType(ILeafNode leaf) {
		EObject grammar = grammarElement(leaf);
		if (grammar instanceof EnumLiteralDeclaration || GrammarUtil.containingEnumRule(grammar) != null) {
			return "enumMember";
		}
		if (GrammarUtil.containingCrossReference(grammar) instanceof CrossReference) {
			return "type";
		}
		Assignment assignment = GrammarUtil.containingAssignment(grammar);
		if (assignment == null) {
			return null;
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(leaf);
		return switch (assignment.getFeature()) {
		case "name" -> owner instanceof VirtualMachine ? "class" : owner instanceof VirtioDevice ? "variable" : "property";
		case "features" -> "enumMember";
		case "requirementId" -> "decorator";
		default -> grammar instanceof RuleCall call && "LONG".equals(call.getRule().getName()) ? "number" : null;
		};
	}

	/**
	 * The grammar element that decides a leaf's meaning: names and qualified references are datatype rules (Name,
	 * QualifiedName), so their leaves sit inside a rule call whose assignment or cross-reference is one level up.
	 */
	private static EObject grammarElement(ILeafNode leaf) {
		EObject grammar = leaf.getGrammarElement();
		INode node = leaf.getParent();
		while (GrammarUtil.containingAssignment(grammar) == null && !(grammar instanceof EnumLiteralDeclaration) && node != null
				&& (node.getGrammarElement() instanceof CrossReference
						|| node.getGrammarElement() instanceof RuleCall call && GrammarUtil.isDatatypeRuleCall(call))) {
			grammar = node.getGrammarElement();
			node = node.getParent();
		}
		return grammar;
	}
}
