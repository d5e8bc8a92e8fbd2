// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import java.util.List;

import org.avpstudio.generator.report.ComplianceReport;
import org.avpstudio.generator.report.SourceLocation;
import org.avpstudio.generator.report.Traceability;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.ProfileLoader;
import org.avpstudio.validation.Verifies;
import org.avpstudio.validation.rules.AvpsRules;
import org.junit.Test;

/** The traceability matrix names, for each requirement, the rules whose {@link Verifies} declares it. */
public class TraceabilityTest {

	@Verifies("AVPS-2.0-RNG-1")
	static final class EntropyProbe implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			// declares only: the matrix must find it by its annotation, not by what it reports
		}
	}

	private static ComplianceReport devbox() {
		PlatformScope scope = Generation.load(Generation.example("devbox/devbox.avp"));
		ComplianceEngine engine = new ComplianceEngine(CatalogLoader.builtIn(), ProfileLoader.builtIn(ProfileLoader.DEFAULT));
		return new ComplianceReport("devbox.avp", scope, engine.validate(scope.parts()), List.of(), e -> new SourceLocation("devbox.avp", 1, 1));
	}

	@Test
	public void everyRequirementTracesToTheRulesThatDeclareIt() {
		List<AvpsRule> rules = AvpsRules.all();
		List<Traceability.Trace> traces = new Traceability(devbox(), rules, List.of()).traces();
		assertFalse(traces.isEmpty());
		for (Traceability.Trace trace : traces) {
			String id = trace.requirement().id();
			List<String> declaring = rules.stream().filter(r -> List.of(r.getClass().getAnnotation(Verifies.class).value()).contains(id))
					.map(r -> r.getClass().getSimpleName()).toList();
			assertEquals(id + " for " + trace.vm(), declaring, trace.rules());
		}
	}

	@Test
	public void aRuleIsTracedByItsDeclarationAlone() {
		for (Traceability.Trace trace : new Traceability(devbox(), List.of(new EntropyProbe()), List.of()).traces()) {
			boolean declared = trace.requirement().id().equals("AVPS-2.0-RNG-1");
			assertEquals(trace.requirement().id(), declared ? List.of("EntropyProbe") : List.of(), trace.rules());
		}
	}
}
