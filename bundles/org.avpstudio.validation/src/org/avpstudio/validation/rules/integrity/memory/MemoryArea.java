// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.memory;

import org.avpstudio.validation.rules.RuleArea;

/** Platform integrity, memory partitioning ({@code AVP-MEM-*}, catalog {@code avp-integrity.csv} §2). */
public final class MemoryArea {

	private MemoryArea() {
	}

	public static RuleArea area() {
		return new RuleArea("integrity.memory", new MemoryBudgetRule(), new RegionPeersRule(), new RegionSizeRule(), new ReadOnlyPeerRule());
	}
}
