package org.avpstudio.dsl.scoping;

import java.util.Collections;
import java.util.List;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.ISelectable;
import org.eclipse.xtext.scoping.impl.ImportNormalizer;
import org.eclipse.xtext.scoping.impl.ImportedNamespaceAwareLocalScopeProvider;

import org.avpstudio.model.AvpPackage;

/**
 * Xtext's local scoping (names relative to the enclosing VM, then the whole file, then imported files) with two
 * shortcuts for large files: the file's names are indexed in a {@link NameIndex}, and no element is searched for
 * namespace imports, since the AVP metamodel has no {@code importedNamespace} attribute (checked, not assumed).
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
