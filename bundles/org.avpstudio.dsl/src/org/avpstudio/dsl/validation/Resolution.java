// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.avpstudio.model.Import;
import org.avpstudio.dsl.resource.AvpResource;
import org.avpstudio.dsl.resource.ModelWalk;
import org.avpstudio.model.Platform;
import org.eclipse.emf.ecore.EClass;
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
			ModelWalk walk = part.eResource() instanceof AvpResource avp ? avp.walk(part) : ModelWalk.of(part, false);
			for (int i = 0; i < walk.size(); i++) {
				if (refersToProxy(walk.get(i))) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean refersToProxy(EObject element) {
		for (EReference reference : CROSS_REFERENCES.computeIfAbsent(element.eClass(), Resolution::crossReferences)) {
			if (!element.eIsSet(reference)) {
				continue;
			}
			Object value = element.eGet(reference, true);
			if (value instanceof EObject target && target.eIsProxy()) {
				return true;
			}
			if (value instanceof List<?> targets) {
				for (int i = 0; i < targets.size(); i++) {
					if (targets.get(i) instanceof EObject target && target.eIsProxy()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/** Per class, the references a proxy can stand in: neither containment, container nor derived. */
	private static final Map<EClass, EReference[]> CROSS_REFERENCES = new ConcurrentHashMap<>();

	private static EReference[] crossReferences(EClass eClass) {
		return eClass.getEAllReferences().stream().filter(r -> !r.isContainment() && !r.isContainer() && !r.isDerived())
				.toArray(EReference[]::new);
	}
}
