// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

/** Where a catalog entry's level and content come from. */
public enum Evidence {
	/** Checked against the official AVPS text (typically from a user-supplied catalog). */
	OFFICIAL,
	/** Based on the wording of a pre-1.0 public draft. */
	DRAFT_WORDING,
	/** Reconstructed from the verified chapter list and VIRTIO; the level may differ from the official text. */
	RECONSTRUCTED,
	/** AVP Studio's own requirement (the platform integrity catalog), not an AVPS one. */
	DEFINED;

	public static Evidence parse(String text) {
		return valueOf(text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
	}

	public String label() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}
}
