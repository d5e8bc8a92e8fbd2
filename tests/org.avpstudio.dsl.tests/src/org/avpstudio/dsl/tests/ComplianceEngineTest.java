// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.Platform;
import org.avpstudio.spec.CatalogLoader;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.ComplianceEngine;
import org.avpstudio.validation.ComplianceResult;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;
import org.avpstudio.validation.ProfileLoader;
import org.avpstudio.validation.Verifies;
import org.junit.Test;

/** The engine files a finding only under a requirement its rule declares with {@link Verifies}. */
public class ComplianceEngineTest {

	@Verifies("AVPS-2.0-RNG-1")
	static final class EntropyProbe implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			findings.report(platform.main(), "probe", "none");
		}
	}

	/** Declares RNG-1 but files its finding under RNG-2. */
	@Verifies("AVPS-2.0-RNG-1")
	static final class MislabelledProbe implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			findings.report("AVPS-2.0-RNG-2", platform.main(), "probe", "none");
		}
	}

	/** Declares two requirements but does not say which one its finding is about. */
	@Verifies({ "AVPS-2.0-RNG-1", "AVPS-2.0-RNG-2" })
	static final class UnnamedProbe implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			findings.report(platform.main(), "probe", "none");
		}
	}

	static final class UndeclaredProbe implements AvpsRule {
		@Override
		public void check(PlatformScope platform, FindingSink findings) {
			findings.report("AVPS-2.0-RNG-1", platform.main(), "probe", "none");
		}
	}

	private static ComplianceEngine engine(AvpsRule rule) {
		return new ComplianceEngine(CatalogLoader.builtIn(), ProfileLoader.builtIn(ProfileLoader.DEFAULT), List.of(rule));
	}

	private static List<Platform> platform() {
		Platform platform = AvpFactory.eINSTANCE.createPlatform();
		platform.setName("probe");
		return List.of(platform);
	}

	@Test
	public void aRuleOfOneRequirementReportsWithoutNamingIt() {
		ComplianceResult result = engine(new EntropyProbe()).validate(platform());
		assertEquals(List.of("AVPS-2.0-RNG-1"), result.findings().stream().map(f -> f.requirementId()).toList());
	}

	@Test
	public void aFindingForARequirementTheRuleDoesNotDeclareIsRefused() {
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> engine(new MislabelledProbe()).validate(platform()));
		assertTrue(refused.getMessage(), refused.getMessage().contains(MislabelledProbe.class.getName()));
		assertTrue(refused.getMessage(), refused.getMessage().contains("AVPS-2.0-RNG-2"));
	}

	@Test
	public void aRuleOfSeveralRequirementsMustNameOne() {
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> engine(new UnnamedProbe()).validate(platform()));
		assertTrue(refused.getMessage(), refused.getMessage().contains(UnnamedProbe.class.getName()));
	}

	@Test
	public void aRuleThatDeclaresNothingCannotRun() {
		IllegalStateException refused = assertThrows(IllegalStateException.class, () -> engine(new UndeclaredProbe()));
		assertTrue(refused.getMessage(), refused.getMessage().contains(UndeclaredProbe.class.getName()));
	}
}
