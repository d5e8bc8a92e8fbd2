// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.spec;

import java.util.Locale;

/**
 * One AVPS requirement as catalog data. The summary is AVP Studio's own wording; the AVPS text itself is
 * only cited by id and section.
 *
 * @param id           stable catalog id, also rule id and issue code (e.g. {@code AVPS-2.0-RNG-1})
 * @param version      AVPS version the entry belongs to
 * @param chapter      section number in that version (e.g. {@code 2.19.1})
 * @param sectionTitle title of that section
 * @param level        MUST, SHOULD, MAY or CONDITIONAL
 * @param condition    for CONDITIONAL entries: when it applies and with which level
 * @param subject      device or topic (e.g. {@code virtio-blk})
 * @param title        short label
 * @param summary      what is required, in one line of our own words
 * @param virtioRef    the VIRTIO section or feature bit it builds on
 * @param verification static rule, guest check, both, or manual
 * @param guestCheck   what a guest-side check looks at
 * @param manualReason why it cannot be verified automatically (MANUAL only)
 * @param evidence     how the entry was obtained
 * @param evidenceNote detail on the evidence
 * @param specRef      the official specification's own numbering, when a user catalog maps it
 * @param source       where the entry's wording was read: published section, draft label, source keys, level seen
 * @param disputedLevel a stricter level that a source gives where sources disagree, or {@code null}
 */
public record Requirement(String id, String version, String chapter, String sectionTitle, RequirementLevel level,
		String condition, String subject, String title, String summary, String virtioRef, Verification verification,
		String guestCheck, String manualReason, Evidence evidence, String evidenceNote, String specRef, SpecSource source,
		RequirementLevel disputedLevel) {

	/** Whether sources disagree on the level: reports show both, the strict profile applies the stricter. */
	public boolean disputed() {
		return disputedLevel != null && disputedLevel != effectiveLevel();
	}

	/** The level that counts under a profile that applies the stricter of disputed levels. */
	public RequirementLevel stricterLevel() {
		return disputed() && disputedLevel.compareTo(effectiveLevel()) < 0 ? disputedLevel : effectiveLevel();
	}

	/** e.g. "MAY (disputed: MUST)" for a disputed entry, else the level. */
	public String levelText() {
		return disputed() ? level.name() + " (disputed: " + disputedLevel.name() + ")" : level.name();
	}

	/** The level that counts once the requirement applies: a CONDITIONAL entry's "then MUST/SHOULD/MAY". */
	public RequirementLevel effectiveLevel() {
		if (level != RequirementLevel.CONDITIONAL) {
			return level;
		}
		String upper = condition.toUpperCase(Locale.ROOT);
		for (RequirementLevel candidate : new RequirementLevel[] { RequirementLevel.MUST, RequirementLevel.SHOULD,
				RequirementLevel.MAY }) {
			if (upper.matches(".*\\bTHEN\\b.*\\b" + candidate.name() + "\\b.*")) {
				return candidate;
			}
		}
		return RequirementLevel.MUST;
	}

	/** e.g. "AVPS 2.0 §2.19.1", or "AVP integrity 1.0 §1" for an entry of the platform integrity catalog. */
	public String citation() {
		return (isIntegrity() ? "AVP integrity " : "AVPS ") + version + " §" + chapter;
	}

	/** Whether the entry is one of AVP Studio's platform integrity requirements ({@code AVP-CPU-1}, ...), not an AVPS one. */
	public boolean isIntegrity() {
		return id.startsWith("AVP-");
	}
}
