// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.scoping;

import java.util.Iterator;
import java.util.LinkedHashSet;

import org.avpstudio.model.Import;
import org.avpstudio.model.Platform;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.EcoreUtil2;
import org.eclipse.xtext.resource.IEObjectDescription;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.ImportUriGlobalScopeProvider;
import org.eclipse.xtext.util.IAcceptor;
import org.eclipse.xtext.util.IResourceScopeCache;

import com.google.common.base.Predicate;
import com.google.inject.Inject;

/**
 * Other files seen through {@code import "file.avp"}, as Xtext's import-URI scoping sees them, found where the
 * language puts them: an {@link Import} is only ever contained in its {@link Platform}'s imports, so the import URIs
 * are read from there instead of from every element of the file. A file without imports (the usual case) gets the
 * empty scope at once, without building the on-demand index for every reference that is resolved.
 */
public class AvpImportUriGlobalScopeProvider extends ImportUriGlobalScopeProvider {

	@Inject
	private IResourceScopeCache cache;

	@Override
	protected IScope getScope(Resource resource, boolean ignoreCase, EClass type, Predicate<IEObjectDescription> filter) {
		if (getImportedUris(resource).isEmpty()) {
			return IScope.NULLSCOPE;
		}
		return super.getScope(resource, ignoreCase, type, filter);
	}

	@Override
	protected LinkedHashSet<URI> getImportedUris(Resource resource) {
		if (!resource.getContents().stream().allMatch(Platform.class::isInstance)) {
			return super.getImportedUris(resource);
		}
		return cache.get(AvpImportUriGlobalScopeProvider.class.getName(), resource, () -> {
			LinkedHashSet<URI> uris = new LinkedHashSet<>(5);
			IAcceptor<String> collector = createURICollector(resource, uris);
			for (EObject root : resource.getContents()) {
				for (Import imported : ((Platform) root).getImports()) {
					collector.accept(getImportUriResolver().apply(imported));
				}
			}
			for (Iterator<URI> i = uris.iterator(); i.hasNext();) {
				if (!EcoreUtil2.isValidUri(resource, i.next())) {
					i.remove();
				}
			}
			return uris;
		});
	}
}
