// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * Agreement of the model's checks with the real tools (issue #23 item 8), measured by mutation: see
 * {@link MutationCampaign}. The short run (part of {@code bin/test}) takes one mutation per defect kind; the long
 * one ({@code bin/benchmark mutation [N] [SEED]}, system property {@code avp.mutation.random}) adds N seeded random
 * changes. Both write their table to {@code target/}.
 */
public class MutationTest {

	/**
	 * Mutations a real tool rejects that the model does not flag as an error: findings of this measurement (see the
	 * README's table), listed so that the test fails when one is fixed or a new one appears.
	 */
	static final Set<String> NOT_FLAGGED_YET = Set.of();

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everyMutationARealToolRejectsIsAnErrorInTheModelFirst() throws Exception {
		long start = System.nanoTime();
		MutationCampaign campaign = new MutationCampaign(tmp.getRoot().toPath());
		baselinesAccepted(campaign);
		List<MutationCampaign.Outcome> outcomes = new ArrayList<>();
		for (MutationCampaign.Mutation mutation : MutationCampaign.fixed()) {
			outcomes.add(campaign.run(mutation));
		}
		String table = MutationCampaign.table(outcomes);
		write("mutation-table.md", table);
		System.out.println(table + "\n" + (System.nanoTime() - start) / 1_000_000_000 + " s");
		for (MutationCampaign.Outcome o : outcomes) {
			String rule = o.mutation().expectedRule();
			if (rule != null) {
				assertTrue(o.mutation().kind() + " is flagged by " + rule + ", found " + o.errorRules(), o.errorRules().contains(rule));
			}
		}
		TreeSet<String> missed = new TreeSet<>();
		outcomes.stream().filter(o -> o.toolRejected() && !o.flagged()).forEach(o -> missed.add(o.mutation().kind()));
		assertEquals("mutations a real tool rejects and the model does not flag as an error:\n" + table, new TreeSet<>(NOT_FLAGGED_YET), missed);
		assertTrue("at least one mutation is rejected by a real tool (otherwise the tools are not exercised)", outcomes.stream().anyMatch(MutationCampaign.Outcome::toolRejected));
	}

	@Test
	public void randomCampaign() throws Exception {
		int count = Integer.getInteger("avp.mutation.random", 0);
		assumeTrue("the long campaign runs with -Davp.mutation.random=N (bin/benchmark mutation N)", count > 0);
		long seed = Long.getLong("avp.mutation.seed", 23);
		MutationCampaign campaign = new MutationCampaign(tmp.getRoot().toPath());
		baselinesAccepted(campaign);
		List<MutationCampaign.Outcome> outcomes = new ArrayList<>();
		for (MutationCampaign.Mutation mutation : MutationCampaign.fixed()) {
			outcomes.add(campaign.run(mutation));
		}
		for (MutationCampaign.Mutation mutation : MutationCampaign.random(seed, count)) {
			outcomes.add(campaign.run(mutation));
		}
		String table = "Seed " + seed + ", " + count + " random mutations after the " + MutationCampaign.fixed().size() + " fixed ones.\n\n"
				+ MutationCampaign.table(outcomes);
		write("mutation-campaign.md", table);
		System.out.println(table);
	}

	/** The unchanged examples are accepted by every tool, so that any rejection below is the mutation's doing. */
	private static void baselinesAccepted(MutationCampaign campaign) throws Exception {
		assertEquals("every tool check rejects a broken file of its kind", List.of(), campaign.checksThatAcceptBrokenInput());
		for (String example : List.of("cockpit", "devbox")) {
			MutationCampaign.Outcome o = campaign.baseline(example);
			assertTrue(example + " loads", o.loaded());
			assertFalse(example + " is accepted by every tool: " + o.tools(), o.toolRejected());
		}
	}

	private static void write(String name, String text) throws Exception {
		Path target = Path.of("target");
		Files.createDirectories(target);
		Files.writeString(target.resolve(name), text);
	}
}
