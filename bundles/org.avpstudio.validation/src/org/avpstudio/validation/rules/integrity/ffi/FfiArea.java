// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.ffi;

import org.avpstudio.validation.rules.RuleArea;

/**
 * Platform integrity, freedom from interference ({@code AVP-FFI-*}, catalog {@code avp-integrity.csv} §6): every
 * dependency of a VM on a VM of lower criticality, from {@code CriticalityDependency.of}. A shared core is
 * {@code AVP-CPU-5} (an error), in the CPU area.
 */
public final class FfiArea {

	private FfiArea() {
	}

	public static RuleArea area() {
		return new RuleArea("integrity.ffi", new LowerBackendRule(), new LowerSharedMemoryRule(), new SharedNetworkRule());
	}
}
