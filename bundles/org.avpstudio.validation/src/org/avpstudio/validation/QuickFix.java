// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import org.eclipse.emf.ecore.EObject;

/**
 * A model change that resolves a finding. It works on the EMF model only, so the text editor (through the
 * Xtext serializer), the Eclipse marker resolutions and {@code avp validate --fix} apply the same change.
 */
public interface QuickFix {

	/** What the fix does, as shown in a quick-fix menu (e.g. "Add a virtio-rng entropy device to 'ivi'"). */
	String label();

	/** Applies the change to the element the finding is about (or to its container). */
	void apply(EObject element);
}
