// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

/** Whether a finding stands or was waived in the model with a written justification. */
public enum FindingStatus {
	OPEN, WAIVED
}
