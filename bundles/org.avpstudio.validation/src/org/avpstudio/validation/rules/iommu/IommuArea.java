// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.iommu;

import org.avpstudio.validation.rules.RuleArea;

/** IOMMU device and DMA isolation (AVPS §2.10). */
public final class IommuArea {

	private IommuArea() {
	}

	public static RuleArea area() {
		return new RuleArea("iommu", new DmaIsolationRule(), new VirtioIommuRule(), new IommuFeaturesRule(), new AccessPlatformRule());
	}
}
