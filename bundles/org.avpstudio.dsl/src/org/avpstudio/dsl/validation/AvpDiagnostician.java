// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.validation;

import java.util.HashMap;
import java.util.Map;

import org.avpstudio.dsl.resource.ModelWalk;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.eclipse.xtext.validation.CompositeEValidator;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, which hands an element to the validators only if one of them has checks for its type.
 * Every element of a .avp file is validated by {@link AvpValidator} alone, whose checks look at whole platforms: the
 * tens of thousands of VMs, devices and queues of a large file were each handed to it for nothing. An element whose
 * package has any other validator (a contributed one, EMF's generic one) is handed over as before.
 */
public class AvpDiagnostician extends CancelableDiagnostician {

	/** Elements visited between two looks at the cancel indicator. */
	private static final int CANCEL_CHECK_INTERVAL = 1024;

	@Inject
	public AvpDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		Object recursively = context.get(VALIDATE_RECURSIVELY);
		if (isValidateContentsRecursively() || Boolean.TRUE.equals(recursively)) {
			return super.validate(eObject, diagnostics, context);
		}
		context.put(VALIDATE_RECURSIVELY, Boolean.FALSE);
		try {
			return new Walk(diagnostics, context).visit(eObject);
		} finally {
			context.put(VALIDATE_RECURSIVELY, recursively);
		}
	}

	/** One walk over a model: where diagnostics go, and which element types are checked (asked once per walk). */
	private final class Walk {
		private final DiagnosticChain diagnostics;
		private final Map<Object, Object> context;
		private final Map<EClass, Boolean> checked = new HashMap<>();

		Walk(DiagnosticChain diagnostics, Map<Object, Object> context) {
			this.diagnostics = diagnostics;
			this.context = context;
		}

		/**
		 * What Diagnostician's walk over all contents does (validate each element, stop at the first failure when nobody
		 * collects diagnostics, do not descend below the root object when met again), for the elements that are checked.
		 */
		boolean visit(EObject root) {
			ModelWalk walk = ModelWalk.of(root, true);
			boolean result = true;
			for (int i = 0; i < walk.size();) {
				if (i % CANCEL_CHECK_INTERVAL == 0) {
					checkCanceled(context);
				}
				EObject element = walk.get(i);
				boolean circular = context.get(EObjectValidator.ROOT_OBJECT) == element;
				if (isChecked(element.eClass())) {
					result &= validate(element.eClass(), element, diagnostics, context);
					if (!result && diagnostics == null) {
						return false;
					}
				}
				i = circular ? walk.subtreeEnd(i) : i + 1;
			}
			return result;
		}

		private boolean isChecked(EClass eClass) {
			Boolean known = checked.get(eClass);
			if (known == null) {
				known = somebodyChecks(eClass);
				checked.put(eClass, known);
			}
			return known;
		}
	}

	private boolean somebodyChecks(EClass eClass) {
		Object validator = eValidatorRegistry.get(eClass.getEPackage());
		if (!(validator instanceof CompositeEValidator composite)) {
			return true;
		}
		for (CompositeEValidator.EValidatorEqualitySupport member : composite.getContents()) {
			EValidator delegate = member.getDelegate();
			if (!(delegate instanceof AvpValidator) || CheckedTypes.of(delegate.getClass()).checks(eClass.getInstanceClass())) {
				return true;
			}
		}
		return false;
	}
}
