// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator;

import org.eclipse.emf.ecore.EObject;

/** Something of the model a target cannot express: reported, never silently dropped. */
public record TargetFinding(String target, EObject element, String message) {
}
