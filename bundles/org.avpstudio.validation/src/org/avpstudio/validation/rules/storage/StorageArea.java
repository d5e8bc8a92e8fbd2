// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules.storage;

import org.avpstudio.validation.rules.RuleArea;

/** Storage and block devices (AVPS §2.6). */
public final class StorageArea {

	private StorageArea() {
	}

	public static RuleArea area() {
		return new RuleArea("storage", new BlockStorageRule(), new StorageIsolationRule(), new BlockFlushRule(), new ReadOnlyFlagRule(),
				new DiscardCapability(), new BlockLimitsRule());
	}
}
