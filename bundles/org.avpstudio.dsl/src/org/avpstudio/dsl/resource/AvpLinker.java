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
 * An element is switched on once the linker has moved past it, that is after its references were set.</li>
 * </ul>
 */
public class AvpLinker extends LazyLinker {

	@Inject
	private ILinkingService linkingService;

	@Override
	protected TreeIterator<EObject> getAllLinkableContents(EObject model) {
		return new Delivering(super.getAllLinkableContents(model));
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

	private static final class Delivering implements TreeIterator<EObject> {
		private final TreeIterator<EObject> all;
		private EObject previous;

		Delivering(TreeIterator<EObject> all) {
			this.all = all;
		}

		@Override
		public boolean hasNext() {
			boolean more = all.hasNext();
			if (!more) {
				deliverPrevious();
			}
			return more;
		}

		@Override
		public EObject next() {
			deliverPrevious();
			if (!all.hasNext()) {
				throw new NoSuchElementException();
			}
			previous = all.next();
			return previous;
		}

		private void deliverPrevious() {
			if (previous != null) {
				previous.eSetDeliver(true);
				previous = null;
			}
		}

		@Override
		public void prune() {
			all.prune();
		}

		@Override
		public void remove() {
			all.remove();
		}
	}
}
