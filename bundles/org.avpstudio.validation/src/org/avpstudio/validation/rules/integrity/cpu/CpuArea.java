// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.integrity.cpu;

import org.avpstudio.validation.rules.RuleArea;

/** Platform integrity, CPU partitioning ({@code AVP-CPU-*}, catalog {@code avp-integrity.csv} §1). */
public final class CpuArea {

	private CpuArea() {
	}

	public static RuleArea area() {
		return new RuleArea("integrity.cpu", new VcpuNumberingRule(), new PinningTargetRule(), new ExclusiveCoreRule(),
				new OversubscriptionRule(), new MixedCriticalityCoreRule());
	}
}
