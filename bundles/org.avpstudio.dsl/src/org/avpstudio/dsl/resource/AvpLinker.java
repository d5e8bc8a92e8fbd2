package org.avpstudio.dsl.resource;

import java.util.NoSuchElementException;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinker;

/**
 * Xtext's lazy linker, which also turns notification delivery back on for each element it has linked (elements come
 * from {@link QuietAstFactory} with delivery off): the linker walks the whole model anyway, so no second walk is
 * needed. An element is switched on once the linker has moved past it, that is after its references were cleared and
 * its proxies installed.
 */
public class AvpLinker extends LazyLinker {

	@Override
	protected TreeIterator<EObject> getAllLinkableContents(EObject model) {
		return new Delivering(super.getAllLinkableContents(model));
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
