// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.scoping;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.scoping.IScope;
import org.eclipse.xtext.scoping.impl.IScopeWrapper;
import org.eclipse.xtext.util.IResourceScopeCache;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import org.avpstudio.model.AvpPackage;

import com.google.inject.Inject;

/**
 * Xtext's local scoping (names relative to the enclosing VM, then the whole file, then imported files) with three
 * shortcuts for large files: the file's names are indexed in a {@link NameIndex}; no element is searched for
 * namespace imports, since the AVP metamodel has no {@code importedNamespace} attribute (checked, not assumed); and
 * the file-wide part of the scope (the file's names over the imported files) is built once per reference and kept
 * in the resource's cache, which Xtext clears whenever the model changes, instead of once per linked name.
 */
public class AvpLocalScopeProvider extends ImportedNamespaceAwareLocalScopeProvider {

	private static final String IMPORTED_NAMESPACE = "importedNamespace";

	/** Whether some class of the AVP metamodel could carry a namespace import. */
	private static final boolean AVP_HAS_NAMESPACE_IMPORTS = hasNamespaceImports(AvpPackage.eINSTANCE);

	public static boolean hasNamespaceImports(EPackage ePackage) {
		for (EClassifier classifier : ePackage.getEClassifiers()) {
			if (classifier instanceof EClass eClass && eClass.getEStructuralFeature(IMPORTED_NAMESPACE) instanceof EAttribute) {
				return true;
			}
		}
		return false;
	}

	@Inject
	private IResourceScopeCache cache;

	/** The wrapper Xtext's linking service sets while it links (it records the names looked up in other files). */
	private IScopeWrapper wrapper;

	@Override
	public void setWrapper(IScopeWrapper wrapper) {
		super.setWrapper(wrapper);
		this.wrapper = wrapper;
	}

	@Override
	protected IScope getResourceScope(Resource resource, EReference reference) {
		// the global part is wrapped by the wrapper in place, so that is part of the key
		return cache.get(new FileScopeKey(reference, wrapper), resource,
				() -> super.getResourceScope(resource, reference));
	}

	/** Cache key of a file-wide scope. */
	private record FileScopeKey(EReference reference, IScopeWrapper wrapper) {
	}

	@Override
	protected List<ImportNormalizer> getImportedNamespaceResolvers(EObject context, boolean ignoreCase) {
		if (!AVP_HAS_NAMESPACE_IMPORTS && context.eClass().getEPackage() == AvpPackage.eINSTANCE) {
			return Collections.emptyList();
		}
		return super.getImportedNamespaceResolvers(context, ignoreCase);
	}

	@Override
	protected ISelectable internalGetAllDescriptions(Resource resource) {
		return NameIndex.of(resource, getQualifiedNameProvider());
	}
}
