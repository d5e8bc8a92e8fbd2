// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.Optional;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * One violation of one AVPS requirement by one model element.
 *
 * @param requirementId the catalog id, also the rule id and the issue code (e.g. {@code AVPS-2.0-RNG-1})
 * @param severity      from the active profile, never from the rule
 * @param message       what is wrong, in domain words
 * @param element       the model element concerned
 * @param fixHint       how to fix it, in one sentence
 * @param quickFix      an automatic fix, if there is one
 * @param status        open or waived
 * @param justification the waiver's justification when waived
 */
public record Finding(String requirementId, Severity severity, String message, EObject element, String fixHint,
		Optional<QuickFix> quickFix, FindingStatus status, String justification) {

	/** The element's URI (resource URI + fragment), stable across tools. */
	public URI elementUri() {
		return element.eResource() == null ? URI.createURI("#" + EcoreUtil.getURI(element).fragment())
				: EcoreUtil.getURI(element);
	}

	public boolean isOpen() {
		return status == FindingStatus.OPEN;
	}

	Finding waived(String why) {
		return new Finding(requirementId, severity, message, element, fixHint, quickFix, FindingStatus.WAIVED, why);
	}
}
