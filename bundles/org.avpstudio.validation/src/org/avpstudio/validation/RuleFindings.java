// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.List;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

/**
 * The sink of one rule: it holds the requirement ids the rule declares and refuses any other, so that a finding
 * is never filed under a requirement its rule does not say it verifies (a programming error, hence an exception).
 */
final class RuleFindings implements FindingSink {

	/** Where accepted findings go. */
	interface Collector {
		void add(String requirementId, EObject element, String message, String fixHint, Optional<QuickFix> fix);
	}

	private final Class<?> rule;
	private final List<String> declared;
	private final Collector collector;

	RuleFindings(Class<?> rule, List<String> declared, Collector collector) {
		this.rule = rule;
		this.declared = declared;
		this.collector = collector;
	}

	/** The ids {@code rule} declares with {@link Verifies}; a rule without any cannot run. */
	static List<String> declaredBy(AvpsRule rule) {
		List<String> ids = rule.requirementIds();
		if (ids.isEmpty()) {
			throw new IllegalStateException(rule.getClass().getName() + " declares no requirement: annotate it with @Verifies");
		}
		return ids;
	}

	@Override
	public void report(EObject element, String message, String fixHint) {
		collector.add(onlyId(), element, message, fixHint, Optional.empty());
	}

	@Override
	public void report(EObject element, String message, String fixHint, QuickFix fix) {
		collector.add(onlyId(), element, message, fixHint, Optional.of(fix));
	}

	@Override
	public void report(String requirementId, EObject element, String message, String fixHint) {
		collector.add(declared(requirementId), element, message, fixHint, Optional.empty());
	}

	@Override
	public void report(String requirementId, EObject element, String message, String fixHint, QuickFix fix) {
		collector.add(declared(requirementId), element, message, fixHint, Optional.of(fix));
	}

	private String onlyId() {
		if (declared.size() != 1) {
			throw new IllegalStateException(rule.getName() + " verifies " + declared + ": it must name the requirement of each finding");
		}
		return declared.get(0);
	}

	private String declared(String requirementId) {
		if (!declared.contains(requirementId)) {
			throw new IllegalStateException(rule.getName() + " reported a finding for " + requirementId
					+ ", which its @Verifies " + declared + " does not declare");
		}
		return requirementId;
	}
}
