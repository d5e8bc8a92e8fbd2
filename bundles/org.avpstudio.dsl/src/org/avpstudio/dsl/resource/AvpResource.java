package org.avpstudio.dsl.resource;

import java.util.Iterator;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;

/**
 * A .avp file in memory. Elements come from the parser with notification delivery off (see {@link QuietAstFactory});
 * once the linker has installed its proxies, delivery is on again for the whole model ({@link AvpLinker} turns it on
 * as it goes), so that editors, caches and everything else that observes the model see every change made after
 * loading. Should linking stop half-way, or another linker be bound, the whole model is switched on here.
 */
public class AvpResource extends LazyLinkingResource {

	@Override
	protected void doLinking() {
		boolean linked = false;
		try {
			super.doLinking();
			linked = true;
		} finally {
			IParseResult result = getParseResult();
			EObject root = result == null ? null : result.getRootASTElement();
			if (root != null && (!linked || !root.eDeliver())) {
				deliver(root);
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
