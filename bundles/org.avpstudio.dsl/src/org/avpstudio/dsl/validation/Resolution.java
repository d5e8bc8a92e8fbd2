package org.avpstudio.dsl.validation;

import java.util.List;

import org.avpstudio.model.Import;
import org.avpstudio.model.Platform;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.resource.XtextSyntaxDiagnostic;

/**
 * Whether a platform (with the files it imports) is whole: every file parsed without syntax errors, every import
 * honoured and every reference resolved. The compliance rules run only on a whole platform, so that none of them
 * follows an unresolved reference or judges an element the parser could only half build (and names what it cannot
 * see as {@code null}); until then the syntax and link errors are what the user gets.
 */
final class Resolution {

	private Resolution() {
	}

	static boolean complete(List<Platform> parts) {
		for (Platform part : parts) {
			if (part.eResource() != null) {
				for (Resource.Diagnostic error : part.eResource().getErrors()) {
					if (error instanceof XtextSyntaxDiagnostic) {
						return false;
					}
				}
				for (Import imported : part.getImports()) {
					if (ImportCheck.problem(part.eResource(), imported.getImportURI()).isPresent()) {
						return false;
					}
				}
			}
			for (TreeIterator<EObject> all = part.eAllContents(); all.hasNext();) {
				if (refersToProxy(all.next())) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean refersToProxy(EObject element) {
		for (EReference reference : element.eClass().getEAllReferences()) {
			if (reference.isContainment() || reference.isContainer() || reference.isDerived() || !element.eIsSet(reference)) {
				continue;
			}
			Object value = element.eGet(reference, true);
			if (value instanceof EObject target && target.eIsProxy()) {
				return true;
			}
			if (value instanceof List<?> targets) {
				for (Object target : targets) {
					if (target instanceof EObject object && object.eIsProxy()) {
						return true;
					}
				}
			}
		}
		return false;
	}
}
