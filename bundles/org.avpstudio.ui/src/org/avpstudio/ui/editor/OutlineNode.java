// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.nodemodel.ICompositeNode;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.util.CancelIndicator;

/**
 * One named element of a .avp file in the Outline (platform, hardware, VM, device, network, channel), with the
 * text range of its name. Built from the parsed model in one pass, copied out as plain values.
 */
public record OutlineNode(String name, String kind, int offset, int length, List<OutlineNode> children) {

	public String label() {
		return name + " : " + kind;
	}

	/** The tree of named elements of a resource; null if cancelled. */
	public static List<OutlineNode> of(XtextResource resource, CancelIndicator cancel) {
		List<OutlineNode> roots = new ArrayList<>();
		for (EObject root : resource.getContents()) {
			collect(root, roots, cancel);
		}
		return cancel.isCanceled() ? null : roots;
	}

	private static void collect(EObject element, List<OutlineNode> into, CancelIndicator cancel) {
		if (cancel.isCanceled()) {
			return;
		}
		EStructuralFeature name = element.eClass().getEStructuralFeature("name");
		Object value = name == null ? null : element.eGet(name);
		if (value instanceof String text && !text.isEmpty()) {
			List<OutlineNode> children = new ArrayList<>();
			for (EObject child : element.eContents()) {
				collect(child, children, cancel);
			}
			List<INode> nameNodes = NodeModelUtils.findNodesForFeature(element, name);
			INode at = nameNodes.isEmpty() ? NodeModelUtils.findActualNodeFor(element) : nameNodes.get(0);
			into.add(new OutlineNode(text, kind(element, at), at == null ? 0 : at.getOffset(), at == null ? 0 : at.getLength(), children));
		} else {
			for (EObject child : element.eContents()) {
				collect(child, into, cancel);
			}
		}
	}

	/** The keyword written just before the element's name (vm, block, network, ...), else its metamodel class. */
	private static String kind(EObject element, INode name) {
		ICompositeNode node = NodeModelUtils.findActualNodeFor(element);
		String keyword = null;
		if (node != null && name != null) {
			for (org.eclipse.xtext.nodemodel.ILeafNode leaf : node.getLeafNodes()) {
				if (leaf.getOffset() >= name.getOffset()) {
					break;
				}
				if (leaf.getGrammarElement() instanceof org.eclipse.xtext.Keyword word) {
					keyword = word.getValue();
				}
			}
		}
		return keyword != null ? keyword : element.eClass().getName();
	}
}
