// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.Issue;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.junit.runners.Parameterized;
import org.junit.runners.Parameterized.Parameters;

/**
 * One fixture per rule: {@code resources/rules/<requirement id>.violates.avp} differs from
 * {@code compliant.avp} in one place. The violating fixture must produce a finding with that id; the
 * compliant one (which satisfies every rule) must produce no finding at all except optional ones it waives.
 */
@RunWith(Parameterized.class)
public class RuleFixturesTest {

	@Parameters(name = "{0}")
	public static Collection<Object[]> fixtures() throws IOException {
		List<Object[]> fixtures = new ArrayList<>();
		try (Stream<Path> files = Files.list(AvpModels.resources().resolve("rules"))) {
			files.filter(p -> p.getFileName().toString().endsWith(".violates.avp")).sorted()
					.forEach(p -> fixtures.add(new Object[] { p.getFileName().toString().replace(".violates.avp", ""), p }));
		}
		return fixtures;
	}

	private final String requirementId;
	private final Path fixture;

	public RuleFixturesTest(String requirementId, Path fixture) {
		this.requirementId = requirementId;
		this.fixture = fixture;
	}

	@Test
	public void violatingFixtureIsReportedUnderTheRequirementId() {
		List<Issue> issues = AvpModels.validate(AvpModels.load(fixture));
		assertTrue(fixture + " parses: " + issues, issues.stream().noneMatch(i -> i.isSyntaxError()));
		assertTrue(requirementId + " reported in " + AvpModels.summary(issues),
				issues.stream().anyMatch(i -> requirementId.equals(i.getCode())));
	}

	@Test
	public void compliantFixtureSatisfiesIt() {
		List<Issue> issues = AvpModels.validate(AvpModels.load(AvpModels.resources().resolve("rules/compliant.avp")));
		assertEquals(List.of(), issues.stream().filter(i -> !i.getMessage().contains(": waived ("))
				.filter(i -> requirementId.equals(i.getCode()) || i.getSeverity() == Severity.ERROR).map(Issue::toString).toList());
	}
}
