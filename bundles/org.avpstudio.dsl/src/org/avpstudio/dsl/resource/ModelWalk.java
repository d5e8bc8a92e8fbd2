// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.resource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.impl.EClassImpl;

/**
 * An element and everything it contains, depth first in the order of {@code eContents()}, read once into an array
 * through the containment features. EMF's tree iterators make an iterator (and a contents list) per element; a walk
 * over a large model with them costs more than the work done on the elements. Used by the linker, the name index and
 * the diagnostician.
 */
public final class ModelWalk {

	private final List<EObject> elements = new ArrayList<>();
	/** Per element: the index just after its last descendant. */
	private int[] subtreeEnd = new int[64];
	private final boolean resolve;

	private ModelWalk(boolean resolve) {
		this.resolve = resolve;
	}

	/** The walk from {@code root}; {@code resolve} as for {@code eGet}: whether contained proxies are resolved. */
	public static ModelWalk of(EObject root, boolean resolve) {
		ModelWalk walk = new ModelWalk(resolve);
		walk.collect(root);
		return walk;
	}

	public int size() {
		return elements.size();
	}

	public EObject get(int index) {
		return elements.get(index);
	}

	/** The index just after the last descendant of the element at {@code index} (where a pruned walk goes on). */
	public int subtreeEnd(int index) {
		return subtreeEnd[index];
	}

	private void collect(EObject element) {
		int index = elements.size();
		elements.add(element);
		EStructuralFeature[] containments = containments(element.eClass());
		if (containments != null) {
			for (EStructuralFeature containment : containments) {
				if (!element.eIsSet(containment)) {
					continue;
				}
				Object value = element.eGet(containment, resolve);
				if (value instanceof List<?> children) {
					for (int i = 0; i < children.size(); i++) {
						collect((EObject) children.get(i));
					}
				} else if (value instanceof EObject child) {
					collect(child);
				}
			}
		}
		if (index >= subtreeEnd.length) {
			subtreeEnd = Arrays.copyOf(subtreeEnd, Math.max(index + 1, subtreeEnd.length * 2));
		}
		subtreeEnd[index] = elements.size();
	}

	/** The containment features in the order {@code eContents()} visits them; null when there are none. */
	private static EStructuralFeature[] containments(EClass eClass) {
		if (eClass.getEAllStructuralFeatures() instanceof EClassImpl.FeatureSubsetSupplier subsets) {
			return subsets.containments();
		}
		List<EStructuralFeature> all = new ArrayList<>(eClass.getEAllContainments());
		return all.isEmpty() ? null : all.toArray(new EStructuralFeature[0]);
	}
}
