// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.resource;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.util.Map;

import org.avpstudio.dsl.parser.SizedReader;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.linking.lazy.LazyLinkingResource;
import org.eclipse.xtext.parser.IParseResult;
import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.util.LazyStringInputStream;
import org.eclipse.xtext.util.OnChangeEvictingCache;

import com.google.inject.Inject;

/**
 * A .avp file in memory. Elements come from the parser with notification delivery off (see {@link QuietAstFactory});
 * once linked, delivery is on again for the whole model ({@link AvpLinker} turns it on as it goes), so that editors,
 * caches and everything else that observes the model see every change made after loading. Should linking stop
 * half-way, or another linker be bound, the whole model is switched on here.
 * <p>
 * {@link AvpLinker} sets every reference it can link at once and says how many lazy proxies it had to install; when
 * it installed none, there is nothing for {@link #resolveLazyCrossReferences} to resolve and the walk over the whole
 * model (done before every validation) is skipped.
 * <p>
 * Xtext's scope cache watches the whole model through an adapter on every element, attached when linking starts
 * by a walk over the model. Here it is attached to the still empty resource before parsing, and to each element as
 * the parser makes it ({@link QuietAstFactory}), so no walk is needed.
 */
public class AvpResource extends LazyLinkingResource {

	@Inject
	private OnChangeEvictingCache cache;

	/** Lazy proxies the last linking installed; negative while unknown (not linked by {@link AvpLinker}, or failed). */
	private int lazyProxies = -1;

	/** The walk over the model the linker is going through, while it links. */
	private ModelWalk linkingWalk;

	@Override
	protected void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		Adapter cacheAdapter = getContents().isEmpty() ? cache.getOrCreate(this) : null;
		Adapter previous = QuietAstFactory.attachWhileLoading(cacheAdapter);
		try {
			super.doLoad(inputStream, options);
		} finally {
			QuietAstFactory.attachWhileLoading(previous);
		}
	}

	/** Tells the parser how long the text is, when the stream knows (a file, a string). */
	@Override
	protected Reader createReader(InputStream inputStream) throws IOException {
		int expected = inputStream instanceof LazyStringInputStream text ? text.getString().length() : inputStream.available();
		Reader reader = super.createReader(inputStream);
		return expected > 0 ? new SizedReader(reader, expected) : reader;
	}

	@Override
	protected void doLinking() {
		boolean linked = false;
		lazyProxies = getLinker() instanceof AvpLinker ? 0 : -1; // only AvpLinker counts them
		try {
			super.doLinking();
			linked = true;
		} finally {
			linkingWalk = null;
			if (!linked) {
				lazyProxies = -1;
			}
			IParseResult result = getParseResult();
			EObject root = result == null ? null : result.getRootASTElement();
			if (root != null && (!linked || !root.eDeliver())) {
				deliver(root);
			}
		}
	}

	void linking(ModelWalk walk) {
		linkingWalk = walk;
	}

	/**
	 * The model's elements from {@code root} in content order, as {@link ModelWalk#of} reads them (without resolving
	 * contained proxies); while the file is linked, the linker's own walk is reused.
	 */
	public ModelWalk walk(EObject root) {
		ModelWalk walk = linkingWalk;
		return walk != null && walk.size() > 0 && walk.get(0) == root ? walk : ModelWalk.of(root, false);
	}

	/** Called by {@link AvpLinker} for every reference left to lazy resolution. */
	void lazyProxyInstalled() {
		if (lazyProxies >= 0) {
			lazyProxies++;
		}
	}

	/** Whether some reference of this file may still be a lazy proxy (true unless the linker said otherwise). */
	public boolean mayHaveLazyProxies() {
		return lazyProxies != 0;
	}

	@Override
	public void resolveLazyCrossReferences(CancelIndicator monitor) {
		if (mayHaveLazyProxies()) {
			super.resolveLazyCrossReferences(monitor);
		}
	}

	@Override
	protected void clearInternalState() {
		super.clearInternalState();
		lazyProxies = -1;
	}

	/** Turns notification delivery on for the element and everything it contains. */
	static void deliver(EObject root) {
		ModelWalk walk = ModelWalk.of(root, false);
		for (int i = 0, n = walk.size(); i < n; i++) {
			walk.get(i).eSetDeliver(true);
		}
	}
}
