// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.rename;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.naming.QualifiedName;
import org.eclipse.xtext.nodemodel.INode;
import org.eclipse.xtext.nodemodel.util.NodeModelUtils;
import org.eclipse.xtext.resource.EObjectAtOffsetHelper;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.resource.IResourceDescription;
import org.eclipse.xtext.resource.IResourceDescriptions;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.resource.impl.ResourceDescriptionsProvider;

/**
 * What a rename of a .avp element needs to know before the language server computes its edits, without any UI:
 * the named element whose name (or a reference to it) is at an offset, and whether a new name is already taken by
 * an element it would clash with (a sibling of any kind, or an element of the same kind in this file, in a file it
 * imports or in a file that imports it, since .avp references name their targets by their simple name).
 */
public final class RenameCheck {

	private RenameCheck() {
	}

	/** The element to rename: its name, its kind (metamodel class) and the range of the name in its own file. */
	public record Target(String name, String kind, String fileUri, int nameOffset, int nameLength) {
	}

	/** The named element declared or referenced at {@code offset}, or null if there is none. */
	public static EObject elementAt(XtextResource resource, int offset) {
		EObjectAtOffsetHelper helper = resource.getResourceServiceProvider().get(EObjectAtOffsetHelper.class);
		EObject element = helper.resolveElementAt(resource, offset);
		return element != null && !element.eIsProxy() && name(element) != null ? element : null;
	}

	/** The target of a rename at {@code offset}, or null if the offset is on no name and no reference. */
	public static Target target(XtextResource resource, int offset) {
		EObject element = elementAt(resource, offset);
		if (element == null) {
			return null;
		}
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		java.util.List<INode> nodes = NodeModelUtils.findNodesForFeature(element, feature);
		INode node = nodes.isEmpty() ? null : nodes.get(0);
		return new Target(name(element), element.eClass().getName(), element.eResource().getURI().toString(),
				node == null ? -1 : node.getOffset(), node == null ? 0 : node.getLength());
	}

	/**
	 * Why {@code newName} cannot be given to the element at {@code offset}, or null if it can (the name rule of the
	 * language itself is the caller's, this checks clashes only).
	 */
	public static String clash(XtextResource resource, int offset, String newName) {
		EObject element = elementAt(resource, offset);
		if (element == null) {
			return "there is no named element at the caret";
		}
		if (newName.equals(name(element))) {
			return "'" + newName + "' is the current name";
		}
		EObject container = element.eContainer();
		if (container != null) {
			for (EObject sibling : container.eContents()) {
				if (sibling != element && newName.equals(name(sibling))) {
					return "'" + newName + "' is already the name of " + article(sibling) + " in " + where(container);
				}
			}
		}
		Resource own = element.eResource();
		for (java.util.Iterator<EObject> all = own.getAllContents(); all.hasNext();) {
			EObject other = all.next();
			if (other != element && other.eClass() == element.eClass() && newName.equals(name(other))) {
				return "'" + newName + "' is already the name of " + article(other) + " in " + own.getURI().lastSegment();
			}
		}
		ResourceDescriptionsProvider provider = resource.getResourceServiceProvider().get(ResourceDescriptionsProvider.class);
		IResourceDescriptions index = provider == null || resource.getResourceSet() == null ? null : provider.getResourceDescriptions(resource.getResourceSet());
		if (index != null) {
			IResourceDescription ownDescription = index.getResourceDescription(own.getURI());
			java.util.Set<org.eclipse.emf.common.util.URI> imported = new java.util.HashSet<>();
			if (ownDescription != null) {
				ownDescription.getReferenceDescriptions().forEach(reference -> imported.add(reference.getTargetEObjectUri().trimFragment()));
			}
			for (IResourceDescription description : index.getAllResourceDescriptions()) {
				if (description.getURI().equals(own.getURI()) || !(imported.contains(description.getURI()) || refersTo(description, own.getURI()))) {
					continue;
				}
				for (IEObjectDescription exported : description.getExportedObjectsByType(element.eClass())) {
					QualifiedName qualified = exported.getQualifiedName();
					if (qualified != null && qualified.getSegmentCount() > 0 && newName.equals(qualified.getLastSegment())) {
						return "'" + newName + "' is already the name of a " + kind(element) + " in " + description.getURI().lastSegment();
					}
				}
			}
		}
		return null;
	}

	/** Whether a file refers to an element of {@code target} (imports it): a name taken there would make its references ambiguous. */
	private static boolean refersTo(IResourceDescription description, org.eclipse.emf.common.util.URI target) {
		for (var reference : description.getReferenceDescriptions()) {
			if (target.equals(reference.getTargetEObjectUri().trimFragment())) {
				return true;
			}
		}
		return false;
	}

	private static String name(EObject element) {
		EStructuralFeature feature = element.eClass().getEStructuralFeature("name");
		return feature != null && element.eGet(feature) instanceof String text && !text.isEmpty() ? text : null;
	}

	private static String article(EObject element) {
		return "a " + kind(element);
	}

	/** The kind of an element as a user reads it: VirtualMachine becomes "virtual machine". */
	public static String kind(EObject element) {
		return element.eClass().getName().replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(java.util.Locale.ROOT);
	}

	private static String where(EObject container) {
		String name = name(container);
		return name == null ? kind(container) : kind(container) + " " + name;
	}
}
