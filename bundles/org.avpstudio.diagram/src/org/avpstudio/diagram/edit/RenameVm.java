// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.edit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.xtext.AbstractRule;
import org.eclipse.xtext.CrossReference;
import org.eclipse.xtext.GrammarUtil;
import org.eclipse.xtext.IGrammarAccess;
import org.eclipse.xtext.Keyword;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;

/**
 * Renames a VM in its file by replacing the name token of its declaration and the last segment of every reference
 * to it in the same file, and nothing else: comments, indentation and line ends stay byte for byte. A name that is
 * a keyword the language does not accept as a name is written escaped ({@code ^vm}).
 */
final class RenameVm implements TextChange {

	private final String vmName;
	private final String newName;

	RenameVm(String vmName, String newName) {
		this.vmName = vmName;
		this.newName = newName;
	}

	@Override
	public void accept(Platform platform) {
		ModelEdit.vm(platform, vmName).setName(newName);
	}

	@Override
	public String text(XtextResource resource, String text) {
		Platform platform = (Platform) resource.getContents().get(0);
		VirtualMachine vm = ModelEdit.vm(platform, vmName);
		if (vmName.equals(newName)) {
			return text;
		}
		if (platform.getVirtualMachines().stream().anyMatch(v -> newName.equals(v.getName()))) {
			throw new IllegalStateException("there is a VM '" + newName + "' already; choose another name");
		}
		String token = token(resource, newName);
		List<int[]> spans = new ArrayList<>();
		for (INode node : NodeModelUtils.findNodesForFeature(vm, AvpPackage.Literals.NAMED_ELEMENT__NAME)) {
			spans.add(lastSegment(text, node));
		}
		for (INode node : resource.getParseResult().getRootNode().getAsTreeIterable()) {
			if (node.getGrammarElement() instanceof CrossReference crossReference && refersTo(node, crossReference, vm)) {
				spans.add(lastSegment(text, node));
			}
		}
		spans.removeIf(span -> span == null);
		spans.sort((a, b) -> Integer.compare(b[0], a[0]));
		StringBuilder result = new StringBuilder(text);
		for (int[] span : spans) {
			result.replace(span[0], span[1], token);
		}
		return result.toString();
	}

	private static boolean refersTo(INode node, CrossReference crossReference, VirtualMachine vm) {
		EReference reference = GrammarUtil.getReference(crossReference);
		if (reference == null || !reference.getEReferenceType().isSuperTypeOf(vm.eClass()) || reference.isMany()) {
			return false;
		}
		EObject owner = NodeModelUtils.findActualSemanticObjectFor(node);
		return owner != null && owner.eClass().getEAllReferences().contains(reference) && owner.eGet(reference, true) == vm;
	}

	/** Where the last name segment of a (possibly qualified) name node is in the text, hidden tokens left out. */
	private int[] lastSegment(String text, INode node) {
		int start = node.getOffset();
		int end = node.getEndOffset();
		String written = text.substring(start, end);
		int dot = written.lastIndexOf('.');
		int segment = start + dot + 1;
		String name = text.substring(segment, end);
		return name.equals(vmName) || name.equals("^" + vmName) ? new int[] { segment, end } : null;
	}

	/** The name as .avp text: escaped with ^ when it is a keyword the Name rule does not list. */
	private static String token(XtextResource resource, String name) {
		IGrammarAccess grammar = resource.getResourceServiceProvider().get(IGrammarAccess.class);
		Set<String> keywords = GrammarUtil.getAllKeywords(grammar.getGrammar());
		if (!keywords.contains(name)) {
			return name;
		}
		AbstractRule nameRule = GrammarUtil.findRuleForName(grammar.getGrammar(), "Name");
		Set<String> asName = new HashSet<>();
		if (nameRule != null) {
			for (Keyword keyword : GrammarUtil.containedKeywords(nameRule)) {
				asName.add(keyword.getValue());
			}
		}
		return asName.contains(name) ? name : "^" + name;
	}
}
