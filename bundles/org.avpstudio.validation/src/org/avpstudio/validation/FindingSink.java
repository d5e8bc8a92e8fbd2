// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * Where a rule reports violations. A rule that verifies one requirement reports without naming it; a rule that
 * verifies several names the one each finding is about, and it must be one its {@link Verifies} declares.
 */
public interface FindingSink {

	/** Reports that {@code element} violates the rule's only requirement. */
	void report(EObject element, String message, String fixHint);

	/** Same, with an automatic fix. */
	void report(EObject element, String message, String fixHint, QuickFix fix);

	/** Reports that {@code element} violates requirement {@code requirementId}, one of those the rule declares. */
	void report(String requirementId, EObject element, String message, String fixHint);

	/** Same, with an automatic fix. */
	void report(String requirementId, EObject element, String message, String fixHint, QuickFix fix);
}
