package org.avpstudio.dsl.resource;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;

/**
 * A .avp file in memory. Elements come from the parser with notification delivery off (see {@link QuietAstFactory});
 * once the linker has installed its proxies, delivery is turned on again for the whole model, so that editors,
 * caches and everything else that observes the model see every change made after loading.
 */
public class AvpResource extends LazyLinkingResource {

	@Override
	protected void doLinking() {
		try {
			super.doLinking();
		} finally {
			IParseResult result = getParseResult();
			if (result != null && result.getRootASTElement() != null) {
				deliver(result.getRootASTElement());
			}
		}
	}

	/** Turns notification delivery on for the element and everything it contains. */
	static void deliver(EObject root) {
		root.eSetDeliver(true);
		for (Iterator<EObject> i = EcoreUtil.getAllContents(root, false); i.hasNext();) {
			i.next().eSetDeliver(true);
		}
	}
}
