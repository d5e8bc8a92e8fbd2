package org.avpstudio.validation;

import org.eclipse.emf.ecore.EObject;

/** Where rules report violations. */
public interface FindingSink {

	/** Reports that {@code element} violates requirement {@code requirementId}. */
	void report(String requirementId, EObject element, String message, String fixHint);

	/** Same, with an automatic fix. */
	void report(String requirementId, EObject element, String message, String fixHint, QuickFix fix);
}
