package org.avpstudio.dsl.resource;

import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.parser.DefaultEcoreElementFactory;

/**
 * Creates the model elements the parser fills in with notification delivery off: each element carries its node as
 * an adapter from the start, so every attribute the parser sets and every reference the linker clears would
 * otherwise build and dispatch a notification that nobody needs. {@link AvpResource} turns delivery back on as soon
 * as the parsed model is linked.
 */
public class QuietAstFactory extends DefaultEcoreElementFactory {

	@Override
	public EObject create(EClassifier classifier) {
		EObject created = super.create(classifier);
		if (created != null) {
			created.eSetDeliver(false);
		}
		return created;
	}
}
