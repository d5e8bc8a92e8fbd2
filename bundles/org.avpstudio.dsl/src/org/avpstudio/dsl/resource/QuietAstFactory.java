// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.resource;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Creates the model elements the parser fills in with notification delivery off: each element carries its node as
 * an adapter from the start, so every attribute the parser sets and every reference the linker clears would
 * otherwise build and dispatch a notification that nobody needs. {@link AvpResource} turns delivery back on as soon
 * as the parsed model is linked.
 * <p>
 * While {@link AvpResource} loads a file, each element also gets the resource's scope-cache adapter as it is made
 * (see {@link #attachWhileLoading}); Xtext would otherwise attach it to the finished model in a walk over every
 * element.
 */
public class QuietAstFactory extends DefaultEcoreElementFactory {

	private static final ThreadLocal<Adapter> ATTACHED = new ThreadLocal<>();

	@Override
	public EObject create(EClassifier classifier) {
		EObject created = super.create(classifier);
		if (created != null) {
			created.eSetDeliver(false);
			Adapter adapter = ATTACHED.get();
			if (adapter != null) {
				created.eAdapters().add(adapter);
			}
		}
		return created;
	}

	/**
	 * Makes elements created on this thread carry {@code adapter} (none when {@code null}); answers the adapter
	 * attached before, to be put back when the load is over.
	 */
	static Adapter attachWhileLoading(Adapter adapter) {
		Adapter previous = ATTACHED.get();
		if (adapter == null) {
			ATTACHED.remove();
		} else {
			ATTACHED.set(adapter);
		}
		return previous;
	}
}
