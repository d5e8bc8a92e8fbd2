// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.resource;

import java.util.List;
import java.util.NoSuchElementException;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.InternalEList;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.linking.ILinkingService;
import org.eclipse.xtext.linking.impl.IllegalNodeException;
import org.eclipse.xtext.linking.lazy.LazyLinker;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/**
 * Xtext's lazy linker with two changes for large files.
 * <ul>
 * <li>A reference whose target the linking service finds is set to that target at once, instead of to a proxy that
 * would be resolved through the same linking service later (every reference is resolved anyway: validation, the
 * generators and the diagram all follow them). Only a reference that cannot be linked now gets Xtext's lazy proxy,
 * so an unresolvable name is reported exactly as before, with Xtext's diagnostics and quick fixes.</li>
 * <li>Notification delivery is turned back on for each element once linked (elements come from
 * {@link QuietAstFactory} with delivery off): the linker walks the whole model anyway, so no second walk is needed.
 * An element is switched on once the linker has moved past it, that is after its references were set. The walk
 * reads the elements with a {@link ModelWalk} instead of Xtext's iterator per element.</li>
 * </ul>
 */
public class AvpLinker extends LazyLinker {

	@Inject
	private ILinkingService linkingService;

	@Override
	protected TreeIterator<EObject> getAllLinkableContents(EObject model) {
		ModelWalk walk = ModelWalk.of(model, false);
		if (model.eResource() instanceof AvpResource resource) {
			resource.linking(walk); // the name index, built while linking, reads the same walk
		}
		return new Delivering(walk);
	}

	@Override
	@SuppressWarnings("unchecked")
	protected void createAndSetProxy(EObject obj, INode node, EReference eRef) {
		EObject target = linkNow(obj, node, eRef);
		if (target == null) {
			super.createAndSetProxy(obj, node, eRef);
			if (obj.eResource() instanceof AvpResource resource) {
				resource.lazyProxyInstalled();
			}
		} else if (eRef.isMany()) {
			((InternalEList<EObject>) obj.eGet(eRef, false)).addUnique(target);
		} else {
			obj.eSet(eRef, target);
		}
	}

	/**
	 * What lazy resolution would set, when it is certain now: exactly one loaded element of the reference's type.
	 * Anything else (no match, a proxy into a file not loaded, a node the linking service refuses) is left to the
	 * lazy proxy, which reports it.
	 */
	private EObject linkNow(EObject obj, INode node, EReference eRef) {
		List<EObject> found;
		try {
			found = linkingService.getLinkedObjects(obj, eRef, node);
		} catch (IllegalNodeException e) {
			return null;
		}
		if (found.size() != 1) {
			return null;
		}
		EObject target = found.get(0);
		return !target.eIsProxy() && EcoreUtil2.isAssignableFrom(eRef.getEReferenceType(), target.eClass()) ? target : null;
	}

	/**
	 * The model's elements depth first in {@code eContents()} order (read once into an array, through the
	 * containment features, without an iterator per element); each element's notification delivery is turned on once
	 * the walk has moved past it.
	 */
	private static final class Delivering implements TreeIterator<EObject> {
		private final ModelWalk walk;
		private int next;
		private EObject previous;

		Delivering(ModelWalk walk) {
			this.walk = walk;
		}

		@Override
		public boolean hasNext() {
			boolean more = next < walk.size();
			if (!more) {
				deliverPrevious();
			}
			return more;
		}

		@Override
		public EObject next() {
			deliverPrevious();
			if (next >= walk.size()) {
				throw new NoSuchElementException();
			}
			previous = walk.get(next++);
			return previous;
		}

		private void deliverPrevious() {
			if (previous != null) {
				previous.eSetDeliver(true);
				previous = null;
			}
		}

		/** Skips the descendants of the element last returned; they are switched on all the same. */
		@Override
		public void prune() {
			int end = walk.subtreeEnd(next - 1);
			for (int i = next; i < end; i++) {
				walk.get(i).eSetDeliver(true);
			}
			next = end;
		}

		@Override
		public void remove() {
			throw new UnsupportedOperationException();
		}
	}
}
